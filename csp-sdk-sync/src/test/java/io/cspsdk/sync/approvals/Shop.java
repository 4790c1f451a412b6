package io.cspsdk.sync.approvals;

import io.cspsdk.billing.charges.SubscriptionTimeline;
import io.cspsdk.billing.pricing.Markup;
import io.cspsdk.billing.pricing.PriceKey;
import io.cspsdk.billing.pricing.PriceList;
import io.cspsdk.billing.pricing.RuleScope;
import io.cspsdk.billing.pricing.TierPricing;
import io.cspsdk.billing.quote.CostSource;
import io.cspsdk.billing.quote.PurchaseQuoteRequest;
import io.cspsdk.billing.quote.Quote;
import io.cspsdk.billing.quote.Quoter;
import io.cspsdk.billing.quote.SeatChangeQuoteRequest;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.CatalogItemId;
import io.cspsdk.core.model.Money;
import io.cspsdk.core.model.PriceSheetEntry;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A reseller's shop over the fake's catalog: the partner's costs (the fake's own prices: Business Standard 12.50
 * a seat a month on P1Y, Business Basic 6.00), a global price list that can change, and a 20 % markup elsewhere.
 */
final class Shop {
  static final String STANDARD = "CFQ7TTC0LCHC:0002:CFQ7TTC0KDLV";
  static final String BASIC = "CFQ7TTC0LH18:0001:CFQ7TTC0KCWD";
  static final PriceKey STANDARD_SKU = PriceKey.sku("CFQ7TTC0LCHC", "0002");

  private static final List<PriceSheetEntry> SHEET = List.of(
      row("CFQ7TTC0LCHC", "0002", "12.50"),
      row("CFQ7TTC0LH18", "0001", "6.00"));

  private final Clock clock;
  private final AtomicReference<PriceList> global = new AtomicReference<>(
      PriceList.global("global").price(STANDARD_SKU, Money.of("180.00", "USD")).build());
  private final AtomicReference<PriceList> customerList = new AtomicReference<>();
  private final Map<String, SubscriptionTimeline> timelines = new ConcurrentHashMap<>();

  Shop(Clock clock) {
    this.clock = clock;
  }

  private static PriceSheetEntry row(String product, String sku, String monthly) {
    return PriceSheetEntry.builder().productId(product).skuId(sku).termDuration(TermDuration.P1Y)
        .billingPlan(BillingCycle.MONTHLY).currency("USD").unitPrice(new BigDecimal(monthly)).build();
  }

  /** From today on, Business Standard sells at {@code price} a seat for the year. */
  void changeGlobalPrice(String price) {
    global.set(global.get().supersede(STANDARD_SKU, LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC),
        Money.of(price, "USD")));
  }

  void customerPrice(String customerId, String price) {
    customerList.set(PriceList.forCustomer("special", customerId).price(STANDARD_SKU, Money.of(price, "USD")).build());
  }

  Quoter quoter() {
    TierPricing.Builder tier = TierPricing.builder("customers").priceList(global.get())
        .rule(RuleScope.global(), Markup.percent("20"));
    if (customerList.get() != null) {
      tier.priceList(customerList.get());
    }
    return Quoter.builder().pricing(tier.build()).costs(CostSource.priceSheet(SHEET)).build();
  }

  /** A P1Y monthly purchase of {@code item} quoted now. */
  Quote quote(String customerId, String item, int seats) {
    CatalogItemId id = CatalogItemId.parse(item);
    return quoter().quote(PurchaseQuoteRequest.builder().customerId(customerId).productId(id.productId())
        .skuId(id.skuId()).availabilityId(id.availabilityId()).termDuration(TermDuration.P1Y)
        .billingCycle(BillingCycle.MONTHLY).quantity(seats).purchasedAt(clock.instant()).build());
  }

  /** Re-quotes with the shop's prices as they are when asked. */
  Requoter requoter() {
    return Requoter.with(this::quoter, id -> Objects.requireNonNull(timelines.get(id), "no history of " + id));
  }

  /** Knows the history of a subscription (for seat-change quotes). */
  void history(SubscriptionTimeline timeline) {
    timelines.put(timeline.subscriptionId(), timeline);
  }

  /** A seat change of a known subscription quoted now. */
  Quote seatChangeQuote(String subscriptionId, int seats) {
    return quoter().quoteSeatChange(SeatChangeQuoteRequest.builder().subscription(timelines.get(subscriptionId))
        .newQuantity(seats).changedAt(clock.instant()).build());
  }

  PurchaseRequest.Builder purchase(String key, String customerId, Requester who, String item, int seats) {
    return PurchaseRequest.builder().idempotencyKey(key).kind(RequestKind.NEW_SUBSCRIPTION).customerId(customerId)
        .requester(who).catalogItemId(item).quantity(seats).termDuration(TermDuration.P1Y)
        .billingCycle(BillingCycle.MONTHLY).quote(quote(customerId, item, seats));
  }
}
