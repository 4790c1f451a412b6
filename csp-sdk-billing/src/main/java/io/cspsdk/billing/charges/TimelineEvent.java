package io.cspsdk.billing.charges;

import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happens to a subscription after its purchase. Events are applied in time order (ties keep the
 * order they were added in). Dates are UTC; {@link #date()} is the UTC calendar date of {@link #at()}.
 */
public sealed interface TimelineEvent {
  /** When the event happens (UTC). */
  Instant at();

  /** The UTC calendar date of {@link #at()}. */
  default LocalDate date() {
    return LocalDate.ofInstant(at(), ZoneOffset.UTC);
  }

  /** Seats added; {@code removableUntil} is Partner Center's {@code allowedUntilDateTime} for them, when known. */
  record SeatsAdded(Instant at, int quantity, Optional<Instant> removableUntil) implements TimelineEvent {
    public SeatsAdded {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(removableUntil, "removableUntil");
    }
  }

  /** Seats removed (new commerce: only seats still inside their own 7-day window). */
  record SeatsRemoved(Instant at, int quantity) implements TimelineEvent {
    public SeatsRemoved {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * Cancellation of the whole subscription. In new commerce, within the full-refund window it yields one
   * {@code cancelImmediate} line over the current cycle that negates exactly what the cycle charged (the cycle
   * nets to 0.00 under any {@link RoundingPresets}); later within the cancellation window, a prorated refund.
   */
  record Cancelled(Instant at) implements TimelineEvent {
    public Cancelled {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * The renewal on {@code date} (the day after a term end) at the price list of the renewal month. Without this
   * event an auto-renewing subscription renews at its current price. Both rule sets refuse it with a
   * {@link ChargeRuleException} ({@code renewal}) when auto-renew is off at the term end.
   */
  record Renewed(LocalDate renewalDate, BigDecimal unitPrice, Optional<Instant> cancellationAllowedUntil)
      implements TimelineEvent {
    public Renewed {
      Objects.requireNonNull(renewalDate, "renewalDate");
      Objects.requireNonNull(unitPrice, "unitPrice");
      Objects.requireNonNull(cancellationAllowedUntil, "cancellationAllowedUntil");
    }

    @Override
    public Instant at() {
      return renewalDate.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
  }

  /**
   * An upgrade, or a trial's conversion to paid, to another product/price (charge type {@code convert}). With a longer
   * {@code termDuration} a new term starts on the upgrade date; {@code billingCycle} optionally changes with it.
   */
  record Upgraded(Instant at, BigDecimal unitPrice, Optional<String> productId, Optional<String> skuId,
      Optional<String> availabilityId, Optional<TermDuration> termDuration, Optional<BillingCycle> billingCycle)
      implements TimelineEvent {
    public Upgraded {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(unitPrice, "unitPrice");
      Objects.requireNonNull(productId, "productId");
      Objects.requireNonNull(skuId, "skuId");
      Objects.requireNonNull(availabilityId, "availabilityId");
      Objects.requireNonNull(termDuration, "termDuration");
      Objects.requireNonNull(billingCycle, "billingCycle");
    }
  }

  /**
   * Billing-plan change (P3Y monthly ↔ annual), effective at the next charge cycle, at the new plan's
   * {@code unitPrice} (whole term; empty: the current price). A first annual cycle runs only to the next term
   * anniversary, prorated by whole months.
   */
  record BillingPlanChanged(Instant at, BillingCycle billingCycle, Optional<BigDecimal> unitPrice)
      implements TimelineEvent {
    public BillingPlanChanged {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(billingCycle, "billingCycle");
      Objects.requireNonNull(unitPrice, "unitPrice");
    }

    /** A change keeping the current price. */
    public BillingPlanChanged(Instant at, BillingCycle billingCycle) {
      this(at, billingCycle, Optional.empty());
    }
  }

  /**
   * {@code quantity} of the subscription's seats moved into {@code targetSubscriptionId}, coterminous with it, at
   * the target's {@code unitPrice} (whole term): a partial upgrade into a new subscription ({@code convert}) or a
   * move into an existing one ({@code moveQuantity}, {@code existingTarget}). Refund of the moved seats and charge
   * of the target, from the event date to the end of the current cycle, share one reference id.
   */
  record SeatsConverted(Instant at, int quantity, String targetSubscriptionId, BigDecimal unitPrice,
      Optional<String> productId, Optional<String> skuId, boolean existingTarget) implements TimelineEvent {
    public SeatsConverted {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(targetSubscriptionId, "targetSubscriptionId");
      Objects.requireNonNull(unitPrice, "unitPrice");
      Objects.requireNonNull(productId, "productId");
      Objects.requireNonNull(skuId, "skuId");
    }
  }

  /**
   * A credit Microsoft grants (a {@code customerCredit} line of {@code -amount}, quantity 1); {@code reasonCode}
   * is Partner Center's {@code creditReasonCode}, kept as the line's description.
   */
  record CustomerCredited(Instant at, BigDecimal amount, String reasonCode) implements TimelineEvent {
    public CustomerCredited {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(reasonCode, "reasonCode");
    }
  }

  /** Suspension: new commerce keeps billing and turns auto-renew off; legacy credits and stops billing. */
  record Suspended(Instant at) implements TimelineEvent {
    public Suspended {
      Objects.requireNonNull(at, "at");
    }
  }

  /** Reactivation after a suspension (legacy: billing resumes, prorated to the end of the cycle). */
  record Reactivated(Instant at) implements TimelineEvent {
    public Reactivated {
      Objects.requireNonNull(at, "at");
    }
  }

  /** Auto-renew switched on or off. */
  record AutoRenewChanged(Instant at, boolean autoRenew) implements TimelineEvent {
    public AutoRenewChanged {
      Objects.requireNonNull(at, "at");
    }
  }
}
