package io.cspsdk.billing.charges;

import io.cspsdk.billing.charges.internal.RulesEngine;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Reproduces the Microsoft-cost charge lines of a {@link SubscriptionTimeline}, in Microsoft's order (by
 * {@link ChargeLine#eventDate()}, then in the order the charges arise; a refund before its recreated charge).
 * Pure and thread-safe. The whole timeline is always validated: a refused event throws a
 * {@link ChargeRuleException} (or a {@link io.cspsdk.core.error.ValidationException} for malformed input) and no
 * line is returned.
 *
 * <pre>{@code
 * List<ChargeLine> march = ChargeEngine.newCommerce().invoice(timeline, YearMonth.of(2022, 3));
 * }</pre>
 */
public interface ChargeEngine {
  /** The new-commerce engine with {@link RoundingPresets#microsoft()}. */
  static ChargeEngine newCommerce() {
    return newCommerce(RoundingPresets.microsoft());
  }

  static ChargeEngine newCommerce(RoundingPresets rounding) {
    return RulesEngine.newCommerce(rounding);
  }

  /**
   * The legacy (pre-new-commerce) engine with {@link RoundingPresets#legacyDefaults()} and the
   * {@link LegacyDailyRate#ROUNDED rounded daily rate}.
   */
  static ChargeEngine legacy() {
    return legacy(RoundingPresets.legacyDefaults());
  }

  static ChargeEngine legacy(RoundingPresets rounding) {
    return legacy(rounding, LegacyDailyRate.ROUNDED);
  }

  static ChargeEngine legacy(RoundingPresets rounding, LegacyDailyRate dailyRate) {
    return RulesEngine.legacy(rounding, dailyRate);
  }

  /** The legacy engine prorating by the exact daily rate, lines rounded half-up ({@link LegacyDailyRate#EXACT}). */
  static ChargeEngine legacyExactDailyRate() {
    return legacy(RoundingPresets.all(Rounding.HALF_UP), LegacyDailyRate.EXACT);
  }

  /** The lines whose {@link ChargeLine#eventDate()} is within {@code fromInclusive..toInclusive}. */
  List<ChargeLine> charges(SubscriptionTimeline timeline, LocalDate fromInclusive, LocalDate toInclusive);

  /**
   * The lines of one invoice: new commerce bills by calendar month; legacy by the billing period ending on the
   * timeline's billing day in {@code month} (e.g. day 15: Jan 16 .. Feb 15 for February).
   */
  List<ChargeLine> invoice(SubscriptionTimeline timeline, YearMonth month);

  /** The last day of the term that contains {@code date} (renewals, custom end dates and upgrades applied). */
  LocalDate termEndOn(SubscriptionTimeline timeline, LocalDate date);

  /**
   * {@code addOn} made coterminous with {@code base}: its first term ends with the base's term that contains the
   * add-on's purchase date (a shortened, prorated first term); later terms renew with the base.
   */
  default Purchase coterminousWith(SubscriptionTimeline base, Purchase addOn) {
    return addOn.toBuilder().customTermEndDate(termEndOn(base, addOn.purchaseDate())).build();
  }
}
