package io.cspsdk.billing.charges;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ModelStyle;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The history of one subscription: its {@link Purchase} and the {@link TimelineEvent}s after it, the input of a
 * {@link ChargeEngine}. Legacy subscriptions also need the partner's {@link #billingDay()}.
 *
 * <pre>{@code
 * SubscriptionTimeline t = SubscriptionTimeline.builder()
 *     .subscriptionId("sub-1")
 *     .purchase(Purchase.builder().purchaseDate(LocalDate.of(2022, 3, 5)).termDuration(TermDuration.P1M)
 *         .billingCycle(BillingCycle.MONTHLY).quantity(10).unitPrice(new BigDecimal("12.00")).currency("USD").build())
 *     .addSeats(LocalDate.of(2022, 3, 7), 5)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class SubscriptionTimeline {
  public abstract String subscriptionId();

  public abstract Optional<String> customerId();

  public abstract Purchase purchase();

  /** Events after the purchase, in the order they were added (the engine sorts them by time, stably). */
  public abstract List<TimelineEvent> events();

  /** Legacy only: the partner's billing day of month (1..31, clamped to short months), e.g. 15. */
  public abstract Optional<Integer> billingDay();

  @Value.Check
  protected void check() {
    if (subscriptionId().isBlank()) {
      throw new ValidationException("subscriptionId", "must not be blank");
    }
    if (billingDay().isPresent() && (billingDay().get() < 1 || billingDay().get() > 31)) {
      throw new ValidationException("billingDay", "must be between 1 and 31, was " + billingDay().get());
    }
    Instant purchasedAt = purchase().purchasedAt();
    for (int i = 0; i < events().size(); i++) {
      TimelineEvent e = events().get(i);
      if (e.at().isBefore(purchasedAt)) {
        throw new ValidationException("events[" + i + "]", e.getClass().getSimpleName() + " at " + e.at()
            + " is before the purchase at " + purchasedAt);
      }
      int q = e instanceof TimelineEvent.SeatsAdded a ? a.quantity()
          : e instanceof TimelineEvent.SeatsRemoved r ? r.quantity()
          : e instanceof TimelineEvent.SeatsConverted c ? c.quantity() : 1;
      if (q < 1) {
        throw new ValidationException("events[" + i + "].quantity", "must be at least 1, was " + q);
      }
      if (e instanceof TimelineEvent.Renewed r && r.unitPrice().signum() < 0) {
        throw new ValidationException("events[" + i + "].unitPrice", "must not be negative, was " + r.unitPrice());
      }
      BigDecimal price = e instanceof TimelineEvent.Upgraded u ? u.unitPrice()
          : e instanceof TimelineEvent.SeatsConverted c ? c.unitPrice()
          : e instanceof TimelineEvent.BillingPlanChanged b ? b.unitPrice().orElse(BigDecimal.ZERO) : BigDecimal.ZERO;
      if (price.signum() < 0) {
        throw new ValidationException("events[" + i + "].unitPrice", "must not be negative, was " + price);
      }
      if (e instanceof TimelineEvent.SeatsConverted c && c.targetSubscriptionId().isBlank()) {
        throw new ValidationException("events[" + i + "].targetSubscriptionId", "must not be blank");
      }
      if (e instanceof TimelineEvent.CustomerCredited c && c.amount().signum() <= 0) {
        throw new ValidationException("events[" + i + "].amount", "must be positive (the credit), was " + c.amount());
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  private static Instant startOf(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** Builder of {@link SubscriptionTimeline}, with one method per event; a date means the start of that UTC day. */
  public static final class Builder extends ImmutableSubscriptionTimeline.Builder {
    public Builder addSeats(Instant at, int quantity) {
      return addEvents(new TimelineEvent.SeatsAdded(at, quantity, Optional.empty()));
    }

    public Builder addSeats(LocalDate date, int quantity) {
      return addSeats(startOf(date), quantity);
    }

    /** Seats added, with Partner Center's explicit removal deadline for them. */
    public Builder addSeats(Instant at, int quantity, Instant removableUntil) {
      return addEvents(new TimelineEvent.SeatsAdded(at, quantity, Optional.of(removableUntil)));
    }

    public Builder removeSeats(Instant at, int quantity) {
      return addEvents(new TimelineEvent.SeatsRemoved(at, quantity));
    }

    public Builder removeSeats(LocalDate date, int quantity) {
      return removeSeats(startOf(date), quantity);
    }

    public Builder cancel(Instant at) {
      return addEvents(new TimelineEvent.Cancelled(at));
    }

    public Builder cancel(LocalDate date) {
      return cancel(startOf(date));
    }

    /** The renewal on {@code renewalDate} at the renewal month's {@code unitPrice} (whole-term price). */
    public Builder renewal(LocalDate renewalDate, BigDecimal unitPrice) {
      return addEvents(new TimelineEvent.Renewed(renewalDate, unitPrice, Optional.empty()));
    }

    /** An upgrade to another price (and product), same term. */
    public Builder upgrade(LocalDate date, BigDecimal unitPrice, String productId, String skuId) {
      return addEvents(new TimelineEvent.Upgraded(startOf(date), unitPrice, Optional.ofNullable(productId),
          Optional.ofNullable(skuId), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    /** An upgrade of the term (starts a new term on {@code date}) with a new price and billing frequency. */
    public Builder upgradeTerm(LocalDate date, TermDuration termDuration, BillingCycle billingCycle, BigDecimal unitPrice) {
      return addEvents(new TimelineEvent.Upgraded(startOf(date), unitPrice, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.of(termDuration), Optional.of(billingCycle)));
    }

    /** A billing-plan change keeping the current price. */
    public Builder changeBillingPlan(LocalDate date, BillingCycle billingCycle) {
      return addEvents(new TimelineEvent.BillingPlanChanged(startOf(date), billingCycle));
    }

    /** A billing-plan change to the new plan's {@code unitPrice} (whole term). */
    public Builder changeBillingPlan(LocalDate date, BillingCycle billingCycle, BigDecimal unitPrice) {
      return addEvents(new TimelineEvent.BillingPlanChanged(startOf(date), billingCycle, Optional.of(unitPrice)));
    }

    /** A trial converted to the paid product at {@code unitPrice} (whole term), same term ({@code convert}). */
    public Builder convertTrial(LocalDate date, BigDecimal unitPrice) {
      return upgrade(date, unitPrice, null, null);
    }

    /** A partial upgrade: {@code quantity} seats into the new subscription {@code targetSubscriptionId}. */
    public Builder upgradeSeats(LocalDate date, int quantity, String targetSubscriptionId, BigDecimal unitPrice,
        String productId, String skuId) {
      return addEvents(new TimelineEvent.SeatsConverted(startOf(date), quantity, targetSubscriptionId, unitPrice,
          Optional.ofNullable(productId), Optional.ofNullable(skuId), false));
    }

    /** {@code quantity} seats moved into the existing, coterminous subscription {@code targetSubscriptionId}. */
    public Builder moveQuantity(LocalDate date, int quantity, String targetSubscriptionId, BigDecimal unitPrice,
        String productId, String skuId) {
      return addEvents(new TimelineEvent.SeatsConverted(startOf(date), quantity, targetSubscriptionId, unitPrice,
          Optional.ofNullable(productId), Optional.ofNullable(skuId), true));
    }

    /** A credit from Microsoft of {@code amount} with its {@code creditReasonCode}. */
    public Builder customerCredit(LocalDate date, BigDecimal amount, String reasonCode) {
      return addEvents(new TimelineEvent.CustomerCredited(startOf(date), amount, reasonCode));
    }

    public Builder suspend(LocalDate date) {
      return addEvents(new TimelineEvent.Suspended(startOf(date)));
    }

    public Builder reactivate(LocalDate date) {
      return addEvents(new TimelineEvent.Reactivated(startOf(date)));
    }

    public Builder autoRenew(LocalDate date, boolean autoRenew) {
      return addEvents(new TimelineEvent.AutoRenewChanged(startOf(date), autoRenew));
    }
  }
}
