package io.cspsdk.billing.reconciliation;

import io.cspsdk.billing.internal.Currencies;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.CurrencyMismatchException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Compares Microsoft's lines (a stream, consumed once) with the expected lines (e.g. from the charge engine),
 * matched by {@link LineKey}. Memory holds the expected lines and the discrepancies, not Microsoft's lines. When
 * several expected lines share a key, an actual line takes the one with the same reference id, else the one
 * closest in amount. Amounts are compared in the billing currency; a difference up to the tolerance (inclusive)
 * still matches.
 */
public final class Reconciler {
  private final BigDecimal tolerance;

  private Reconciler(BigDecimal tolerance) {
    if (tolerance == null || tolerance.signum() < 0) {
      throw new ValidationException("tolerance", "must be zero or positive");
    }
    this.tolerance = tolerance;
  }

  /** A reconciler accepting differences up to {@code tolerance} (e.g. 0.01) per line. */
  public static Reconciler withTolerance(BigDecimal tolerance) {
    return new Reconciler(tolerance);
  }

  public static Reconciler withTolerance(String tolerance) {
    return new Reconciler(new BigDecimal(tolerance));
  }

  public ReconciliationResult reconcile(Iterable<CostLine> expected, Stream<CostLine> actual) {
    try (actual) {
      return reconcile(expected, actual.iterator());
    }
  }

  public ReconciliationResult reconcile(Iterable<CostLine> expected, Iterator<CostLine> actual) {
    Map<LineKey, List<CostLine>> open = new HashMap<>();
    String currency = null;
    for (CostLine e : expected) {
      currency = checkCurrency(currency, e);
      open.computeIfAbsent(LineKey.of(e), k -> new ArrayList<>(1)).add(e);
    }
    long matched = 0;
    BigDecimal matchedAmount = BigDecimal.ZERO;
    List<CostLine> unexpected = new ArrayList<>();
    List<AmountDifference> differences = new ArrayList<>();
    while (actual.hasNext()) {
      CostLine a = actual.next();
      currency = checkCurrency(currency, a);
      LineKey key = LineKey.of(a);
      List<CostLine> candidates = open.get(key);
      if (candidates == null || candidates.isEmpty()) {
        unexpected.add(a);
        continue;
      }
      CostLine e = take(candidates, a);
      if (candidates.isEmpty()) {
        open.remove(key);
      }
      if (a.amount().subtract(e.amount()).abs().compareTo(tolerance) <= 0) {
        matched++;
        matchedAmount = matchedAmount.add(a.amount());
      } else {
        differences.add(new AmountDifference(e, a));
      }
    }
    List<CostLine> missing = new ArrayList<>();
    open.values().forEach(missing::addAll);
    Comparator<CostLine> order =
        Comparator.comparing(CostLine::subscriptionId)
            .thenComparing(CostLine::chargeStartDate)
            .thenComparing(l -> l.chargeType().value());
    missing.sort(order);
    unexpected.sort(order);
    return new ReconciliationResult(
        matched, matchedAmount, missing, unexpected, differences, Currencies.orNone(currency));
  }

  private static CostLine take(List<CostLine> candidates, CostLine actual) {
    int best = 0;
    if (candidates.size() > 1) {
      BigDecimal bestDistance = null;
      for (int i = 0; i < candidates.size(); i++) {
        CostLine c = candidates.get(i);
        if (actual.referenceId().isPresent() && actual.referenceId().equals(c.referenceId())) {
          best = i;
          break;
        }
        BigDecimal d = c.amount().subtract(actual.amount()).abs();
        if (bestDistance == null || d.compareTo(bestDistance) < 0) {
          bestDistance = d;
          best = i;
        }
      }
    }
    return candidates.remove(best);
  }

  private static String checkCurrency(String currency, CostLine line) {
    Objects.requireNonNull(line, "line");
    if (currency != null && !currency.equals(line.billingCurrency())) {
      throw new CurrencyMismatchException(currency, line.billingCurrency());
    }
    return line.billingCurrency();
  }
}
