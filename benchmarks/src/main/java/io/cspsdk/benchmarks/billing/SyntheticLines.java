package io.cspsdk.benchmarks.billing;

import io.cspsdk.billing.pricing.FixedPrice;
import io.cspsdk.billing.pricing.Margin;
import io.cspsdk.billing.pricing.Markup;
import io.cspsdk.billing.pricing.PriceKey;
import io.cspsdk.billing.pricing.PriceList;
import io.cspsdk.billing.pricing.PricingChain;
import io.cspsdk.billing.pricing.RuleScope;
import io.cspsdk.billing.pricing.TierPricing;
import io.cspsdk.billing.report.BillingCalendar;
import io.cspsdk.billing.report.BillingReportBuilder;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.Money;
import io.cspsdk.core.model.ReconciliationLineItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Lazily generated reconciliation line items for a year of a reseller's business: 1,000 customers with 5
 * subscriptions each, 12 monthly cycles, a mix of cycle charges, seat-change pairs and credits. The set of
 * (subscription, cycle, charge) combinations is fixed, so the aggregated report has the same size whatever the
 * number of lines; only the number of lines differs.
 */
public final class SyntheticLines {
  static final int CUSTOMERS = 1_000;
  static final int SUBSCRIPTIONS_PER_CUSTOMER = 5;
  static final int SUBSCRIPTIONS = CUSTOMERS * SUBSCRIPTIONS_PER_CUSTOMER;
  static final int CYCLES = 12;
  private static final String[] PRODUCTS = {"CFQ7TTC0LH18", "CFQ7TTC0LH16", "CFQ7TTC0LDPB", "CFQ7TTC0LFLX", "CFQ7TTC0HDN1"};
  private static final String[] NAMES = {
    "Microsoft 365 Business Basic", "Exchange Online (Plan 1)", "Microsoft 365 Business Standard",
    "Microsoft 365 E3", "Dynamics 365 Sales"};
  private static final BigDecimal[] PRICES = {
    new BigDecimal("72.00"), new BigDecimal("48.00"), new BigDecimal("150.00"), new BigDecimal("432.00"),
    new BigDecimal("780.00")};
  private static final BigDecimal[] QUANTITIES = new BigDecimal[50];
  private static final String[] CUSTOMER_IDS = new String[CUSTOMERS];
  private static final String[] SUBSCRIPTION_IDS = new String[SUBSCRIPTIONS];
  private static final OffsetDateTime[] CYCLE_STARTS = new OffsetDateTime[CYCLES];
  private static final OffsetDateTime[] CYCLE_ENDS = new OffsetDateTime[CYCLES];
  private static final OffsetDateTime[] CHANGE_DAYS = new OffsetDateTime[CYCLES];
  private static final BigDecimal[] MONTHLY = new BigDecimal[PRICES.length];
  private static final BigDecimal[] REFUND = new BigDecimal[PRICES.length];
  private static final BigDecimal[] PRORATED = new BigDecimal[PRICES.length];
  private static final BigDecimal CREDIT = new BigDecimal("-1.50");

  static {
    for (int p = 0; p < PRICES.length; p++) {
      MONTHLY[p] = PRICES[p].divide(new BigDecimal("12"));
      PRORATED[p] = MONTHLY[p].multiply(new BigDecimal("0.7"));
      REFUND[p] = PRORATED[p].negate();
    }
    for (int i = 0; i < QUANTITIES.length; i++) {
      QUANTITIES[i] = BigDecimal.valueOf(i + 1);
    }
    for (int c = 0; c < CUSTOMERS; c++) {
      CUSTOMER_IDS[c] = String.format("c%05d-0000-4000-8000-000000000000", c);
    }
    for (int s = 0; s < SUBSCRIPTIONS; s++) {
      SUBSCRIPTION_IDS[s] = String.format("s%06d-0000-4000-8000-000000000000", s);
    }
    for (int m = 0; m < CYCLES; m++) {
      LocalDate start = LocalDate.of(2024, 1, 1).plusMonths(m);
      CYCLE_STARTS[m] = start.atStartOfDay().atOffset(ZoneOffset.UTC);
      CYCLE_ENDS[m] = start.plusMonths(1).minusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
      CHANGE_DAYS[m] = start.plusDays(9).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
  }

  private SyntheticLines() {}

  /** How generated lines are ordered. */
  public enum Order {
    /**
     * As in Microsoft's files: month by month, each subscription's lines together (cycle charges, seat-change
     * pairs, credits).
     */
    GROUPED,
    /** Worst case for aggregation: consecutive lines belong to different subscriptions. */
    INTERLEAVED
  }

  /**
   * Kinds of line that aggregate differently: cycle charge (kinds 0–6), seat-change refund (7), seat-change
   * charge (8), credit (9).
   */
  static final int VARIANTS = 4;

  /**
   * Every distinct reconciliation item of the generated year, made once: one per subscription, cycle and
   * {@linkplain #VARIANTS variant} (240,000 items). Streaming from the pool measures adaptation, pricing and
   * aggregation without the cost of building the input, as when lines are read from a file.
   */
  public static ReconciliationLineItem[] itemPool() {
    ReconciliationLineItem[] pool = new ReconciliationLineItem[SUBSCRIPTIONS * CYCLES * VARIANTS];
    for (int slot = 0; slot < pool.length; slot++) {
      pool[slot] = item(representative(slot));
    }
    return pool;
  }

  /** The cost lines of {@link #itemPool()}, adapted once by {@code CostLine.from}. */
  public static CostLine[] costLinePool() {
    CostLine[] pool = new CostLine[SUBSCRIPTIONS * CYCLES * VARIANTS];
    for (int slot = 0; slot < pool.length; slot++) {
      pool[slot] = costLine(representative(slot));
    }
    return pool;
  }

  /**
   * {@code count} lines taken from a pool made by {@link #itemPool()} or {@link #costLinePool()}, in the same
   * order and with the same content as {@link #items} (only Microsoft's reference id, which
   * the report ignores, is shared by the lines of one pool item).
   */
  public static <T> Stream<T> fromPool(T[] pool, long count, Order order) {
    if (pool.length != SUBSCRIPTIONS * CYCLES * VARIANTS) {
      throw new IllegalArgumentException("not a pool of SyntheticLines: " + pool.length + " items");
    }
    return LongStream.range(0, count).mapToObj(i -> pool[slot(index(i, count, order))]);
  }

  /** The pool slot of the line with {@link #item} index {@code i}. */
  private static int slot(long i) {
    int subCycle = (int) (i % ((long) SUBSCRIPTIONS * CYCLES));
    int kind = (int) ((i / (SUBSCRIPTIONS * CYCLES)) % 10);
    return subCycle * VARIANTS + (kind < 7 ? 0 : kind - 6);
  }

  /** An {@link #item} index whose line is the one of {@code slot}. */
  private static long representative(int slot) {
    int subCycle = slot / VARIANTS;
    int variant = slot % VARIANTS;
    int kind = variant == 0 ? 0 : variant + 6;
    return subCycle + (long) SUBSCRIPTIONS * CYCLES * kind;
  }

  /** {@code count} reconciliation line items, generated one at a time. */
  public static Stream<ReconciliationLineItem> items(long count, Order order) {
    return LongStream.range(0, count).mapToObj(i -> item(index(i, count, order)));
  }


  /**
   * Maps the i-th generated line to the index {@link #item} understands (subscription = index mod
   * SUBSCRIPTIONS, cycle next, kind last), so that both orders produce the same lines.
   */
  private static long index(long i, long count, Order order) {
    if (order == Order.INTERLEAVED) {
      return i;
    }
    long groups = (long) SUBSCRIPTIONS * CYCLES;
    long perGroup = Math.max(1, (count + groups - 1) / groups);
    long group = (i / perGroup) % groups;
    long within = i % perGroup;
    int cycle = (int) (group / SUBSCRIPTIONS);
    int sub = (int) (group % SUBSCRIPTIONS);
    return sub + (long) SUBSCRIPTIONS * cycle + groups * within;
  }

  static ReconciliationLineItem item(long i) {
    int sub = (int) (i % SUBSCRIPTIONS);
    int customer = sub / SUBSCRIPTIONS_PER_CUSTOMER;
    int product = sub % PRODUCTS.length;
    int cycle = (int) ((i / SUBSCRIPTIONS) % CYCLES);
    int kind = (int) ((i / (SUBSCRIPTIONS * CYCLES)) % 10);
    BigDecimal unit = PRICES[product];
    BigDecimal qty = QUANTITIES[(sub * 7) % QUANTITIES.length];
    ReconciliationLineItem.Builder b =
        ReconciliationLineItem.builder()
            .customerId(CUSTOMER_IDS[customer])
            .subscriptionId(SUBSCRIPTION_IDS[sub])
            .productId(PRODUCTS[product])
            .skuId("0001")
            .productName(NAMES[product])
            .unitPrice(unit)
            .quantity(qty)
            .currency("EUR")
            .pricingCurrency("EUR")
            .pcToBCExchangeRate(BigDecimal.ONE)
            .termAndBillingCycle("1 Year Subscription - Monthly Billing")
            .billingFrequency("Monthly")
            .chargeEndDate(CYCLE_ENDS[cycle]);
    BigDecimal monthly = MONTHLY[product];
    if (kind < 7) {
      b.chargeType(ChargeType.CYCLE_CHARGE).chargeStartDate(CYCLE_STARTS[cycle]).effectiveUnitPrice(monthly)
          .subtotal(monthly.multiply(qty));
    } else if (kind == 7) {
      BigDecimal refund = REFUND[product];
      b.chargeType(ChargeType.ADD_QUANTITY).chargeStartDate(CHANGE_DAYS[cycle]).effectiveUnitPrice(refund)
          .subtotal(refund.multiply(qty)).referenceId("r" + i);
    } else if (kind == 8) {
      BigDecimal charge = PRORATED[product];
      b.chargeType(ChargeType.ADD_QUANTITY).chargeStartDate(CHANGE_DAYS[cycle]).effectiveUnitPrice(charge)
          .quantity(qty.add(BigDecimal.ONE)).subtotal(charge.multiply(qty.add(BigDecimal.ONE)))
          .referenceId("r" + i);
    } else {
      b.chargeType(ChargeType.CUSTOMER_CREDIT).chargeStartDate(CHANGE_DAYS[cycle]).quantity(BigDecimal.ONE)
          .unitPrice(CREDIT).subtotal(CREDIT);
    }
    return b.build();
  }

  /** The cost line of {@link #item(long)}: the same line, adapted once (for benchmarks that start from cost lines). */
  static CostLine costLine(long i) {
    return CostLine.from(item(i));
  }

  /**
   * Markup rules at every scope: 18 % global, category and product rules, a customer price list, customer and
   * customer+category rules, and fixed prices for some subscriptions.
   */
  public static PricingChain pricing() {
    TierPricing.Builder t =
        TierPricing.builder("reseller→customer")
            .rule(RuleScope.global(), Markup.percent("18"))
            .rule(RuleScope.category("Dynamics"), Margin.percent("25"))
            .category(PRODUCTS[4], "Dynamics")
            .rule(RuleScope.product(PriceKey.product(PRODUCTS[3])), Markup.percent("12"));
    PriceList.Builder list = PriceList.global("global");
    list.price(PriceKey.sku(PRODUCTS[1], "0001"), Money.of("52.80", "EUR"));
    t.priceList(list.build());
    for (int c = 0; c < CUSTOMERS; c += 10) {
      t.rule(RuleScope.customer(CUSTOMER_IDS[c]), Markup.percent("15"));
      t.priceList(
          PriceList.forCustomer("deal " + c, CUSTOMER_IDS[c])
              .price(PriceKey.sku(PRODUCTS[0], "0001"), Money.of("79.20", "EUR"))
              .build());
    }
    for (int c = 5; c < CUSTOMERS; c += 20) {
      t.rule(RuleScope.customerCategory(CUSTOMER_IDS[c], "Dynamics"), Margin.percent("20"));
    }
    for (int s = 0; s < SUBSCRIPTIONS; s += 50) {
      t.rule(RuleScope.subscription(SUBSCRIPTION_IDS[s]), FixedPrice.of("80", "EUR"));
    }
    return PricingChain.of(t.build());
  }

  /** A report builder for the generated year, billing day 15. */
  public static BillingReportBuilder report() {
    return BillingReportBuilder.create(
        BillingCalendar.billingDay(15), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
  }
}
