package io.cspsdk.billing.report;

import io.cspsdk.billing.internal.Currencies;
import io.cspsdk.billing.internal.DecimalSum;
import io.cspsdk.billing.internal.FastPricing;
import io.cspsdk.billing.internal.LinePricer;
import io.cspsdk.billing.internal.Scaled;
import io.cspsdk.billing.internal.ScaledPrice;
import io.cspsdk.billing.pricing.PricedLine;
import io.cspsdk.billing.pricing.PricingChain;
import io.cspsdk.billing.pricing.RoundingPolicy;
import io.cspsdk.billing.report.internal.ReportSums;
import io.cspsdk.billing.report.internal.SubscriptionSums;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.CurrencyMismatchException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Aggregates priced lines into a {@link BillingReport} as they arrive: only the aggregate is held (memory grows
 * with cycles × subscriptions × distinct detail lines, not with the number of lines). A line belongs to the cycle
 * containing its transaction date; lines of cycles outside the report range are counted as skipped. Not
 * thread-safe.
 */
public final class BillingReportBuilder {
  private final BillingCalendar calendar;
  private final LocalDate from;
  private final LocalDate to;
  private final List<BillingPeriod> periods;
  private final Map<BillingPeriod, CycleAcc> cycles = new HashMap<>();
  private final ReportSums details;
  private RoundingPolicy rounding = RoundingPolicy.halfUp();
  private String customerId;
  private String currency;
  private long lineCount;
  private long skipped;
  private static final long QUANTITY_SCALE = Scaled.pow10(Scaled.SCALE);
  private BillingPeriod lastPeriod;
  private CycleAcc lastCycle;

  private BillingReportBuilder(BillingCalendar calendar, LocalDate from, LocalDate to) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    this.periods = calendar.periodsEndingBetween(from, to);
    this.details = new ReportSums(periods.size());
    for (int i = 0; i < periods.size(); i++) {
      cycles.put(periods.get(i), new CycleAcc(i));
    }
  }

  /** A report of the cycles of {@code calendar} that end in {@code from..to} (inclusive). */
  public static BillingReportBuilder create(BillingCalendar calendar, LocalDate from, LocalDate to) {
    return new BillingReportBuilder(calendar, from, to);
  }

  /** How line totals are rounded (HALF_UP by default). */
  public BillingReportBuilder rounding(RoundingPolicy rounding) {
    this.rounding = Objects.requireNonNull(rounding, "rounding");
    return this;
  }

  /** Keeps only the lines of one customer (others are ignored, not counted). */
  public BillingReportBuilder customer(String customerId) {
    if (customerId == null || customerId.isBlank()) {
      throw new ValidationException("customerId", "must not be blank");
    }
    this.customerId = customerId;
    return this;
  }

  /** The report currency; by default the currency of the first line. Lines in another currency are refused. */
  public BillingReportBuilder currency(String currency) {
    this.currency = Objects.requireNonNull(currency, "currency");
    return this;
  }

  /** Adds one priced line. */
  public BillingReportBuilder add(PricedLine priced) {
    CostLine line = priced.line();
    if (customerId != null && !customerId.equals(line.customerId())) {
      return this;
    }
    CycleAcc cycle = cycleOf(line, priced.currency());
    if (cycle != null) {
      cycle.exactAmount.add(priced.amount());
      BigDecimal unit = priced.effectiveUnitPrice();
      long unit6 = SubscriptionSums.unitKey(unit);
      details.add(cycle.index, DetailKind.of(line.chargeType(), priced.amount()), line, unit6,
          unit6 == Scaled.NONE ? unit : null, lineCount, line.quantity(), priced.amount(), priced.costAmount());
    }
    return this;
  }

  /** Prices the line in scaled values when the pricer can, else through {@code pricing}, and adds it. */
  private void add(CostLine line, PricingChain pricing, LinePricer pricer, ScaledPrice p) {
    if (!pricer.price(line, p)) {
      add(pricing.price(line));
      return;
    }
    if (customerId != null && !customerId.equals(line.customerId())) {
      return;
    }
    CycleAcc cycle = cycleOf(line, p.currency);
    if (cycle != null) {
      cycle.exactAmount.add(p.amount);
      details.add(cycle.index, DetailKind.of(line.chargeType(), Long.signum(p.amount)), line, p.effectiveUnitPrice,
          null, lineCount, p.quantity * QUANTITY_SCALE, p.amount, p.costAmount);
    }
  }

  /**
   * The cycle of the line (counting it), or null when it lies outside the report (counted as skipped); checks and
   * sets the report currency.
   */
  private CycleAcc cycleOf(CostLine line, String lineCurrency) {
    if (currency == null) {
      currency = lineCurrency;
    } else if (!currency.equals(lineCurrency)) {
      throw new CurrencyMismatchException(currency, lineCurrency);
    }
    LocalDate date = line.transactionDate();
    CycleAcc cycle;
    if (lastPeriod != null && lastPeriod.contains(date)) {
      cycle = lastCycle;
    } else {
      BillingPeriod period = calendar.periodContaining(date);
      cycle = cycles.get(period);
      lastPeriod = period;
      lastCycle = cycle;
    }
    if (cycle == null) {
      skipped++;
    } else {
      lineCount++;
    }
    return cycle;
  }

  /** Prices every line with {@code pricing} and adds it, consuming the iterator. */
  public BillingReportBuilder addAll(Iterator<CostLine> lines, PricingChain pricing) {
    LinePricer pricer = FastPricing.pricer(pricing);
    ScaledPrice p = new ScaledPrice();
    while (lines.hasNext()) {
      add(lines.next(), pricing, pricer, p);
    }
    return this;
  }

  /** Prices every line with {@code pricing} and adds it, consuming (and closing) the stream. */
  public BillingReportBuilder addAll(Stream<CostLine> lines, PricingChain pricing) {
    LinePricer pricer = FastPricing.pricer(pricing);
    ScaledPrice p = new ScaledPrice();
    try (lines) {
      lines.forEachOrdered(line -> add(line, pricing, pricer, p));
      return this;
    }
  }

  /** The report of everything added so far. */
  public BillingReport build() {
    String cur = Currencies.orNone(currency);
    int scale = rounding.scale(cur);
    RoundingMode mode = rounding.mode(cur);
    List<SubscriptionSums> subscriptions = details.sorted();
    List<CycleSection> sections = new ArrayList<>(periods.size());
    BigDecimal amount = BigDecimal.ZERO;
    BigDecimal cost = BigDecimal.ZERO;
    BigDecimal exact = BigDecimal.ZERO;
    for (int i = 0; i < periods.size(); i++) {
      BigDecimal cycleExact = cycles.get(periods.get(i)).exactAmount.value();
      CycleSection s = cycleSection(periods.get(i), details.sections(i, scale, mode, subscriptions), cycleExact, cur);
      sections.add(s);
      amount = amount.add(s.amount());
      cost = cost.add(s.cost());
      exact = exact.add(cycleExact);
    }
    BigDecimal roundingDifference = amount.subtract(rounding.round(exact, cur));
    return new BillingReport(
        from, to, calendar.billingDay(), cur, sections, rounding.round(amount, cur), rounding.round(cost, cur),
        roundingDifference, lineCount, skipped);
  }

  private CycleSection cycleSection(
      BillingPeriod period, List<SubscriptionSection> subscriptions, BigDecimal exactAmount, String cur) {
    BigDecimal amount = zero(cur);
    BigDecimal cost = zero(cur);
    for (SubscriptionSection section : subscriptions) {
      amount = amount.add(section.amount());
      cost = cost.add(section.cost());
    }
    BigDecimal diff = amount.subtract(rounding.round(exactAmount, cur));
    return new CycleSection(period, subscriptions, amount, cost, diff);
  }

  private BigDecimal zero(String cur) {
    return rounding.round(BigDecimal.ZERO, cur);
  }

  /** The exact total of one cycle. */
  private static final class CycleAcc {
    private final int index;
    private final DecimalSum exactAmount = new DecimalSum();

    CycleAcc(int index) {
      this.index = index;
    }
  }
}
