package io.cspsdk.billing.quote;

import io.cspsdk.billing.charges.ChargeEngine;
import io.cspsdk.billing.charges.ChargeLine;
import io.cspsdk.billing.charges.Purchase;
import io.cspsdk.billing.charges.SubscriptionTimeline;
import io.cspsdk.billing.charges.TimelineEvent;
import io.cspsdk.billing.pricing.PricedLine;
import io.cspsdk.billing.pricing.PricingChain;
import io.cspsdk.billing.pricing.RoundingPolicy;
import io.cspsdk.billing.pricing.TierPricing;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Quotes purchases and seat changes: Microsoft's cost lines from the {@link ChargeEngine}, each priced by the
 * {@link PricingChain} (customer-specific price lists and rules before global ones, at the line's date) and rounded
 * by the {@link RoundingPolicy}. Pure and thread-safe.
 *
 * <pre>{@code
 * Quoter quoter = Quoter.builder().pricing(customerTier)
 *     .costs(CostSource.priceSheet(pc.priceSheets().licenseBased("US"))).build();
 * Quote q = quoter.quote(PurchaseQuoteRequest.builder().customerId(cid).productId("CFQ7TTC0LCHC").skuId("0002")
 *     .termDuration(TermDuration.P1Y).billingCycle(BillingCycle.MONTHLY).quantity(10).purchaseDate(today).build());
 * q.perPeriod().margin();   // the reseller's margin per month
 * q.forCustomer();          // the same quote without cost and margin
 * }</pre>
 */
public final class Quoter {
  private static final String QUOTED_SUBSCRIPTION = "quote";
  private final PricingChain pricing;
  private final ChargeEngine engine;
  private final RoundingPolicy rounding;
  private final CostSource costs;

  private Quoter(Builder b) {
    this.pricing = b.pricing;
    this.engine = b.engine;
    this.rounding = b.rounding;
    this.costs = b.costs;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A quote for a new subscription. */
  public Quote quote(PurchaseQuoteRequest r) {
    Money cost = r.unitCost()
        .or(() -> costs.unitCost(r.productId(), r.skuId(), r.termDuration(), r.billingCycle(), r.purchaseDate()))
        .orElseThrow(() -> new ValidationException("unitCost", "no cost given and none known for " + r.productId()
            + "/" + r.skuId() + " " + r.termDuration() + " " + r.billingCycle() + " on " + r.purchaseDate()));
    Purchase.Builder purchase = Purchase.builder()
        .purchasedAt(r.purchasedAt())
        .termDuration(r.termDuration())
        .billingCycle(r.billingCycle())
        .quantity(r.quantity())
        .unitPrice(cost.amount())
        .currency(cost.currency())
        .productId(r.productId())
        .skuId(r.skuId())
        .availabilityId(r.availabilityId());
    SubscriptionTimeline regular = timeline(r.customerId(), purchase.build());
    SubscriptionTimeline actual = r.customTermEndDate().isPresent()
        ? timeline(r.customerId(), purchase.customTermEndDate(r.customTermEndDate().get()).build())
        : regular;
    LocalDate start = r.purchaseDate();
    LocalDate termEnd = engine.termEndOn(actual, start);
    List<PricedLine> period = price(engine.charges(regular, start, start), r.category().orElse(null));
    List<PricedLine> first = price(engine.invoice(actual, YearMonth.from(start)), r.category().orElse(null));
    List<PricedLine> term = price(engine.charges(actual, start, termEnd), r.category().orElse(null));
    return build(QuoteKind.NEW_SUBSCRIPTION, actual, r.purchasedAt(), r.quantity(), termEnd, period, first, term)
        .category(r.category())
        .build();
  }

  /** A quote for changing the seats of an existing subscription. */
  public Quote quoteSeatChange(SeatChangeQuoteRequest r) {
    SubscriptionTimeline before = r.subscription();
    Instant at = r.changedAt();
    int current = seatsAt(before, at);
    int delta = r.newQuantity() - current;
    if (delta == 0) {
      throw new ValidationException("newQuantity", "must differ from the current " + current + " seats");
    }
    SubscriptionTimeline.Builder b = before.toBuilder();
    SubscriptionTimeline after = (delta > 0 ? b.addSeats(at, delta) : b.removeSeats(at, -delta)).build();
    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
    LocalDate termEnd = engine.termEndOn(after, day);
    String category = r.category().orElse(null);
    List<ChargeLine> rest = engine.charges(after, day, termEnd);
    List<PricedLine> immediate = price(changeLines(engine.charges(before, day, day), engine.charges(after, day, day)),
        category);
    List<PricedLine> term = price(rest, category);
    List<PricedLine> period = price(List.of(fullPeriod(after, day, r.newQuantity())), category);
    return build(QuoteKind.SEAT_CHANGE, after, at, r.newQuantity(), termEnd, period, immediate, term)
        .subscriptionId(before.subscriptionId())
        .previousQuantity(current)
        .category(r.category())
        .build();
  }

  /**
   * The lines of the change day that only the changed timeline has (a cycle charge due that day anyway is not
   * part of the change).
   */
  private static List<ChargeLine> changeLines(List<ChargeLine> before, List<ChargeLine> after) {
    List<ChargeLine> unmatched = new ArrayList<>(before);
    List<ChargeLine> out = new ArrayList<>();
    for (ChargeLine l : after) {
      int match = -1;
      for (int i = 0; i < unmatched.size() && match < 0; i++) {
        if (sameCharge(unmatched.get(i), l)) {
          match = i;
        }
      }
      if (match >= 0) {
        unmatched.remove(match);
      } else {
        out.add(l);
      }
    }
    return out;
  }

  private static boolean sameCharge(ChargeLine a, ChargeLine b) {
    return a.chargeType().equals(b.chargeType()) && a.chargeStartDate().equals(b.chargeStartDate())
        && a.chargeEndDate().equals(b.chargeEndDate()) && a.quantity() == b.quantity()
        && a.amount().compareTo(b.amount()) == 0;
  }

  /** One regular billing period at the new quantity and the term's locked unit price. */
  private ChargeLine fullPeriod(SubscriptionTimeline after, LocalDate day, int quantity) {
    Purchase p = Purchase.builder()
        .from(after.purchase())
        .purchaseDate(day)
        .quantity(quantity)
        .unitPrice(lockedUnitCost(after, day))
        .customTermEndDate(Optional.empty())
        .cancellationAllowedUntil(Optional.empty())
        .fullRefundUntil(Optional.empty())
        .build();
    return engine.charges(timeline(after.customerId().orElseThrow(), p), day, day).get(0);
  }

  /** The unit price of the term running on {@code day}: the purchase's, or that of the latest renewal or upgrade. */
  private static BigDecimal lockedUnitCost(SubscriptionTimeline t, LocalDate day) {
    BigDecimal unit = t.purchase().unitPrice();
    for (TimelineEvent e : t.events()) {
      if (!e.date().isAfter(day)) {
        if (e instanceof TimelineEvent.Renewed rn) {
          unit = rn.unitPrice();
        } else if (e instanceof TimelineEvent.Upgraded u) {
          unit = u.unitPrice();
        }
      }
    }
    return unit;
  }

  private static int seatsAt(SubscriptionTimeline t, Instant at) {
    int seats = t.purchase().quantity();
    for (TimelineEvent e : t.events()) {
      if (e.at().isAfter(at)) {
        continue;
      }
      if (e instanceof TimelineEvent.SeatsAdded a) {
        seats += a.quantity();
      } else if (e instanceof TimelineEvent.SeatsRemoved rm) {
        seats -= rm.quantity();
      }
    }
    return seats;
  }

  private static SubscriptionTimeline timeline(String customerId, Purchase p) {
    return SubscriptionTimeline.builder().subscriptionId(QUOTED_SUBSCRIPTION).customerId(customerId).purchase(p)
        .build();
  }

  private List<PricedLine> price(List<ChargeLine> lines, String category) {
    List<PricedLine> out = new ArrayList<>(lines.size());
    for (ChargeLine l : lines) {
      CostLine c = CostLine.from(l);
      out.add(pricing.price(category == null ? c : c.toBuilder().category(category).build()));
    }
    return out;
  }

  private Quote.Builder build(QuoteKind kind, SubscriptionTimeline t, Instant at, int quantity, LocalDate termEnd,
      List<PricedLine> period, List<PricedLine> first, List<PricedLine> term) {
    PricedLine unit = period.get(0);
    String currency = unit.currency();
    Purchase p = t.purchase();
    Quote.Builder q = Quote.builder()
        .kind(kind)
        .customerId(t.customerId().orElseThrow())
        .productId(p.productId().orElseThrow())
        .skuId(p.skuId().orElse(""))
        .availabilityId(p.availabilityId())
        .termDuration(unit.line().termDuration().orElse(p.termDuration()))
        .billingCycle(unit.line().billingCycle().orElse(p.billingCycle()))
        .quantity(quantity)
        .effectiveAt(at)
        .termEndDate(termEnd)
        .currency(currency)
        .unitCost(unit.costUnitPrice())
        .unitPrice(unit.unitPrice())
        .perPeriod(sum(period, currency))
        .firstCharge(sum(first, currency))
        .term(sum(term, currency));
    for (PricedLine l : first) {
      CostLine c = l.line();
      q.addFirstChargeLines(new QuoteLine(c.chargeType(), c.chargeStartDate(), c.chargeEndDate(),
          c.quantity().intValueExact(), amounts(l)));
    }
    return q;
  }

  private QuoteAmounts sum(List<PricedLine> lines, String currency) {
    QuoteAmounts total = QuoteAmounts.zero(currency);
    for (PricedLine l : lines) {
      total = total.plus(amounts(l));
    }
    return total;
  }

  private QuoteAmounts amounts(PricedLine l) {
    String c = l.currency();
    return new QuoteAmounts(Money.of(rounding.round(l.costAmount(), c), c), Money.of(rounding.round(l.amount(), c), c));
  }

  /** Builder of {@link Quoter}. */
  public static final class Builder {
    private PricingChain pricing;
    private ChargeEngine engine = ChargeEngine.newCommerce();
    private RoundingPolicy rounding = RoundingPolicy.halfUp();
    private CostSource costs = CostSource.none();

    private Builder() {}

    /** The tiers that turn Microsoft's cost into the customer's price (required). */
    public Builder pricing(PricingChain pricing) {
      this.pricing = Objects.requireNonNull(pricing, "pricing");
      return this;
    }

    /** A single reseller → customer tier. */
    public Builder pricing(TierPricing tier) {
      return pricing(PricingChain.of(tier));
    }

    /** The charge engine whose rules decide the charges ({@link ChargeEngine#newCommerce()} by default). */
    public Builder engine(ChargeEngine engine) {
      this.engine = Objects.requireNonNull(engine, "engine");
      return this;
    }

    /** How amounts are rounded ({@link RoundingPolicy#halfUp()} by default); Microsoft's cost lines come rounded. */
    public Builder rounding(RoundingPolicy rounding) {
      this.rounding = Objects.requireNonNull(rounding, "rounding");
      return this;
    }

    /** Where costs come from when a request carries none ({@link CostSource#none()} by default). */
    public Builder costs(CostSource costs) {
      this.costs = Objects.requireNonNull(costs, "costs");
      return this;
    }

    public Quoter build() {
      if (pricing == null) {
        throw new ValidationException("pricing", "is required");
      }
      return new Quoter(this);
    }
  }
}
