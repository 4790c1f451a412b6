package io.cspsdk.billing.quote.internal;

import io.cspsdk.billing.charges.TermCalendar;
import io.cspsdk.billing.quote.CostSource;
import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.Money;
import io.cspsdk.core.model.PriceSheetEntry;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link CostSource} over price sheet rows: the row's per-period price times the periods of the term. The rows are
 * read once and kept as compact cost rows indexed by product and SKU; rows without a product, SKU, term, billing
 * plan, unit price or currency cannot price anything and are dropped.
 */
public final class PriceSheetCosts implements CostSource {
  private final Map<String, List<CostRow>> byProductSku = new HashMap<>();

  public PriceSheetCosts(Iterable<PriceSheetEntry> rows) {
    Objects.requireNonNull(rows, "rows");
    if (rows instanceof PagedIterable) {
      try (Stream<PriceSheetEntry> stream = ((PagedIterable<PriceSheetEntry>) rows).stream()) {
        stream.forEach(this::add);
      }
    } else {
      rows.forEach(this::add);
    }
  }

  private void add(PriceSheetEntry row) {
    if (row.productId().isEmpty() || row.skuId().isEmpty() || row.termDuration().isEmpty()
        || row.billingPlan().isEmpty() || row.unitPrice().isEmpty() || row.currency().isEmpty()) {
      return;
    }
    CostRow cost = new CostRow(row.termDuration().get(), row.billingPlan().get(), row.unitPrice().get(),
        row.currency().get().toUpperCase(Locale.ROOT),
        row.effectiveStartDate().map(PriceSheetCosts::utcDate).orElse(LocalDate.MIN),
        row.effectiveEndDate().map(PriceSheetCosts::utcDate).orElse(LocalDate.MAX));
    byProductSku.computeIfAbsent(key(row.productId().get(), row.skuId().get()), k -> new ArrayList<>(2)).add(cost);
  }

  @Override
  public Optional<Money> unitCost(String productId, String skuId, TermDuration term, BillingCycle billingCycle,
      LocalDate date) {
    for (CostRow row : byProductSku.getOrDefault(key(productId, skuId), List.of())) {
      if (row.term.equals(term) && row.plan.equals(billingCycle) && !date.isBefore(row.from)
          && !date.isAfter(row.until)) {
        int periods = TermCalendar.termMonths(term) / TermCalendar.cycleMonths(billingCycle, term);
        return Optional.of(Money.of(row.unitPrice.multiply(BigDecimal.valueOf(periods)), row.currency));
      }
    }
    return Optional.empty();
  }

  private static String key(String productId, String skuId) {
    return productId.toUpperCase(Locale.ROOT) + '/' + skuId.toUpperCase(Locale.ROOT);
  }

  private static LocalDate utcDate(OffsetDateTime t) {
    return t.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
  }

  /** The columns a cost needs. */
  private static final class CostRow {
    final TermDuration term;
    final BillingCycle plan;
    final BigDecimal unitPrice;
    final String currency;
    final LocalDate from;
    final LocalDate until;

    CostRow(TermDuration term, BillingCycle plan, BigDecimal unitPrice, String currency, LocalDate from,
        LocalDate until) {
      this.term = term;
      this.plan = plan;
      this.unitPrice = unitPrice;
      this.currency = currency;
      this.from = from;
      this.until = until;
    }
  }
}
