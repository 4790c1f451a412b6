package io.cspsdk.billing.report;

import io.cspsdk.billing.internal.Currencies;
import io.cspsdk.billing.pricing.PricedLine;
import io.cspsdk.billing.pricing.PricingChain;
import io.cspsdk.billing.pricing.RoundingPolicy;
import io.cspsdk.billing.internal.DecimalSum;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.CurrencyMismatchException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
  private final Map<DetailKey, DetailAcc> details = new HashMap<>();
  private RoundingPolicy rounding = RoundingPolicy.halfUp();
  private String customerId;
  private String currency;
  private long lineCount;
  private long skipped;
  private BillingPeriod lastPeriod;
  private CycleAcc lastCycle;
  private static final int RECENT = 4;
  private final DetailAcc[] recent = new DetailAcc[RECENT];
  private int nextRecent;

  private BillingReportBuilder(BillingCalendar calendar, LocalDate from, LocalDate to) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    this.periods = calendar.periodsEndingBetween(from, to);
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
    if (currency == null) {
      currency = priced.currency();
    } else if (!currency.equals(priced.currency())) {
      throw new CurrencyMismatchException(currency, priced.currency());
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
      return this;
    }
    lineCount++;
    cycle.exactAmount.add(priced.amount());
    DetailAcc acc = recentDetail(cycle.index, priced);
    if (acc == null) {
      DetailKey key = new DetailKey(cycle.index, priced);
      acc = details.get(key);
      if (acc == null) {
        acc = new DetailAcc(key, priced, lineCount);
        details.put(key, acc);
      }
      recent[nextRecent] = acc;
      nextRecent = (nextRecent + 1) % RECENT;
    }
    acc.add(priced);
    return this;
  }

  /**
   * The detail line of one of the last {@value #RECENT} distinct keys that the line belongs to, or null: the
   * lines of a subscription's cycle (charges, seat-change pairs, credits) usually come together, so most lines
   * need neither a key object nor a map look-up.
   */
  private DetailAcc recentDetail(int cycleIndex, PricedLine priced) {
    for (DetailAcc acc : recent) {
      if (acc != null && acc.key.matches(cycleIndex, priced)) {
        return acc;
      }
    }
    return null;
  }

  /** Prices every line with {@code pricing} and adds it, consuming the iterator. */
  public BillingReportBuilder addAll(Iterator<CostLine> lines, PricingChain pricing) {
    while (lines.hasNext()) {
      add(pricing.price(lines.next()));
    }
    return this;
  }

  /** Prices every line with {@code pricing} and adds it, consuming (and closing) the stream. */
  public BillingReportBuilder addAll(Stream<CostLine> lines, PricingChain pricing) {
    try (lines) {
      lines.forEachOrdered(line -> add(pricing.price(line)));
      return this;
    }
  }

  /** The report of everything added so far. */
  public BillingReport build() {
    String cur = Currencies.orNone(currency);
    List<Map<SubscriptionKey, List<DetailAcc>>> bySubscription = new ArrayList<>(periods.size());
    for (int i = 0; i < periods.size(); i++) {
      bySubscription.add(new HashMap<>());
    }
    for (DetailAcc d : details.values()) {
      bySubscription
          .get(d.key.cycle)
          .computeIfAbsent(new SubscriptionKey(d.key.customerId, d.key.subscriptionId), k -> new ArrayList<>(4))
          .add(d);
    }
    List<CycleSection> sections = new ArrayList<>(periods.size());
    BigDecimal amount = BigDecimal.ZERO;
    BigDecimal cost = BigDecimal.ZERO;
    BigDecimal exact = BigDecimal.ZERO;
    for (int i = 0; i < periods.size(); i++) {
      CycleAcc acc = cycles.get(periods.get(i));
      CycleSection s = cycleSection(periods.get(i), bySubscription.get(i), acc.exactAmount.value(), cur);
      sections.add(s);
      amount = amount.add(s.amount());
      cost = cost.add(s.cost());
      exact = exact.add(acc.exactAmount.value());
    }
    BigDecimal roundingDifference = amount.subtract(rounding.round(exact, cur));
    return new BillingReport(
        from, to, calendar.billingDay(), cur, sections, rounding.round(amount, cur), rounding.round(cost, cur),
        roundingDifference, lineCount, skipped);
  }

  private CycleSection cycleSection(
      BillingPeriod period,
      Map<SubscriptionKey, List<DetailAcc>> subscriptions,
      BigDecimal exactAmount,
      String cur) {
    List<SubscriptionKey> keys = new ArrayList<>(subscriptions.keySet());
    keys.sort(
        Comparator.comparing(SubscriptionKey::customerId).thenComparing(SubscriptionKey::subscriptionId));
    List<SubscriptionSection> sections = new ArrayList<>(subscriptions.size());
    BigDecimal amount = zero(cur);
    BigDecimal cost = zero(cur);
    for (SubscriptionKey key : keys) {
      List<DetailAcc> details = subscriptions.get(key);
      SubscriptionSection section = subscriptionSection(details, cur);
      sections.add(section);
      amount = amount.add(section.amount());
      cost = cost.add(section.cost());
    }
    BigDecimal diff = amount.subtract(rounding.round(exactAmount, cur));
    return new CycleSection(period, sections, amount, cost, diff);
  }

  private SubscriptionSection subscriptionSection(List<DetailAcc> details, String cur) {
    List<DetailLine> lines = new ArrayList<>(details.size());
    BigDecimal amount = zero(cur);
    BigDecimal cost = zero(cur);
    DetailAcc first = details.get(0);
    for (DetailAcc d : details) {
      DetailLine line = d.toLine(cur);
      lines.add(line);
      amount = amount.add(line.amount());
      cost = cost.add(line.cost());
      if (d.sequence < first.sequence) {
        first = d;
      }
    }
    lines.sort(
        Comparator.comparing(DetailLine::chargeStartDate)
            .thenComparing(DetailLine::chargeEndDate)
            .thenComparing(DetailLine::kind)
            .thenComparing(l -> l.chargeType().value())
            .thenComparing(DetailLine::productId)
            .thenComparing(DetailLine::skuId)
            .thenComparing(DetailLine::unitPrice));
    return new SubscriptionSection(
        first.key.customerId, first.key.subscriptionId, first.productName, lines, amount, cost);
  }

  private BigDecimal zero(String cur) {
    return rounding.round(BigDecimal.ZERO, cur);
  }

  /** A subscription of a customer. */
  private record SubscriptionKey(String customerId, String subscriptionId) {}

  /** The exact total of one cycle. */
  private static final class CycleAcc {
    private final int index;
    private final DecimalSum exactAmount = new DecimalSum();

    CycleAcc(int index) {
      this.index = index;
    }
  }

  /** What makes lines one detail line: cycle, subscription, kind, charge type and period, product, unit price. */
  private static final class DetailKey {
    private final int cycle;
    private final String customerId;
    private final String subscriptionId;
    private final DetailKind kind;
    private final String chargeType;
    private final long start;
    private final long end;
    private final String productId;
    private final String skuId;
    private final long unitPrice6;
    private final BigDecimal unitPrice;
    private final int hash;

    DetailKey(int cycle, PricedLine priced) {
      CostLine line = priced.line();
      this.cycle = cycle;
      this.customerId = line.customerId();
      this.subscriptionId = line.subscriptionId();
      this.kind = DetailKind.of(line.chargeType(), priced.amount());
      this.chargeType = line.chargeType().value();
      this.start = line.chargeStartDate().toEpochDay();
      this.end = line.chargeEndDate().toEpochDay();
      this.productId = line.productId();
      this.skuId = line.skuId();
      BigDecimal unit = priced.effectiveUnitPrice();
      if (unit.scale() == DecimalSum.SCALE && unit.precision() <= 17) {
        this.unitPrice6 = unit.movePointRight(DecimalSum.SCALE).longValue();
        this.unitPrice = null;
      } else {
        this.unitPrice6 = 0;
        this.unitPrice = unit;
      }
      int h = cycle;
      h = 31 * h + subscriptionId.hashCode();
      h = 31 * h + kind.ordinal();
      h = 31 * h + chargeType.hashCode();
      h = 31 * h + Long.hashCode(start);
      h = 31 * h + Long.hashCode(end);
      h = 31 * h + productId.hashCode();
      h = 31 * h + skuId.hashCode();
      h = 31 * h + (unitPrice == null ? Long.hashCode(unitPrice6) : unitPrice.hashCode());
      this.hash = mix(h);
    }

    /** Whether the line belongs to this detail line (no allocation: checked for the previous line's key). */
    boolean matches(int cycleIndex, PricedLine priced) {
      CostLine line = priced.line();
      BigDecimal unit = priced.effectiveUnitPrice();
      return cycle == cycleIndex
          && subscriptionId.equals(line.subscriptionId())
          && kind == DetailKind.of(line.chargeType(), priced.amount())
          && chargeType.equals(line.chargeType().value())
          && start == line.chargeStartDate().toEpochDay()
          && end == line.chargeEndDate().toEpochDay()
          && productId.equals(line.productId())
          && skuId.equals(line.skuId())
          && customerId.equals(line.customerId())
          && (unitPrice != null
              ? unitPrice.equals(unit)
              : unit.scale() == DecimalSum.SCALE
                  && unit.precision() <= 17
                  && unit.compareTo(BigDecimal.valueOf(unitPrice6, DecimalSum.SCALE)) == 0);
    }

    /** Murmur3's finaliser: spreads similar ids (s000001, s000002, ...) over all bits. */
    private static int mix(int h) {
      h ^= h >>> 16;
      h *= 0x85ebca6b;
      h ^= h >>> 13;
      h *= 0xc2b2ae35;
      return h ^ (h >>> 16);
    }

    BigDecimal unitPrice() {
      return unitPrice != null ? unitPrice : BigDecimal.valueOf(unitPrice6, DecimalSum.SCALE);
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof DetailKey)) {
        return false;
      }
      DetailKey k = (DetailKey) o;
      return hash == k.hash
          && cycle == k.cycle
          && kind == k.kind
          && start == k.start
          && end == k.end
          && unitPrice6 == k.unitPrice6
          && java.util.Objects.equals(unitPrice, k.unitPrice)
          && subscriptionId.equals(k.subscriptionId)
          && customerId.equals(k.customerId)
          && chargeType.equals(k.chargeType)
          && productId.equals(k.productId)
          && skuId.equals(k.skuId);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** Sums of one detail line. */
  private final class DetailAcc {
    private final DetailKey key;
    private final ChargeType chargeType;
    private final String productName;
    private final long sequence;
    private final DecimalSum quantity = new DecimalSum();
    private final DecimalSum amount = new DecimalSum();
    private final DecimalSum cost = new DecimalSum();

    DetailAcc(DetailKey key, PricedLine first, long sequence) {
      this.key = key;
      this.chargeType = first.line().chargeType();
      this.productName = first.line().productName();
      this.sequence = sequence;
    }

    void add(PricedLine priced) {
      quantity.add(priced.line().quantity());
      amount.add(priced.amount());
      cost.add(priced.costAmount());
    }

    DetailLine toLine(String cur) {
      return new DetailLine(
          key.kind,
          chargeType,
          key.productId,
          key.skuId,
          productName,
          LocalDate.ofEpochDay(key.start),
          LocalDate.ofEpochDay(key.end),
          plainQuantity(quantity.value()),
          key.unitPrice(),
          rounding.round(amount.value(), cur),
          rounding.round(cost.value(), cur));
    }
  }

  /** A quantity without the trailing zeros of the sum's fixed scale (10.000000 → 10, 2.500000 → 2.5). */
  private static BigDecimal plainQuantity(BigDecimal q) {
    BigDecimal s = q.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
