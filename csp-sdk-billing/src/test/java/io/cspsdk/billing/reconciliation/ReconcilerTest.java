package io.cspsdk.billing.reconciliation;

import static io.cspsdk.billing.testing.Lines.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.billing.charges.ChargeEngine;
import io.cspsdk.billing.charges.SubscriptionTimeline;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.billing.testing.Timelines;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.CurrencyMismatchException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconcilerTest {
  private static final Reconciler RECONCILER = Reconciler.withTolerance("0.01");

  /** Expected March 2022 lines from the engine: new 120.00, addQuantity -112.25 (10), addQuantity +168.38 (15). */
  private static List<CostLine> expected() {
    SubscriptionTimeline t =
        Timelines.seatAdditionMarch2022("sub-1", "cust-1", "P1");
    return ChargeEngine.newCommerce().charges(t, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31)).stream()
        .map(CostLine::from)
        .toList();
  }

  @Test
  void reconcile_identicalLines_allMatched() {
    ReconciliationResult r = RECONCILER.reconcile(expected(), expected().stream());
    assertThat(r.isClean()).isTrue();
    assertThat(r.matchedCount()).isEqualTo(3);
    assertThat(r.matchedAmount()).isEqualByComparingTo("176.13");
  }

  @Test
  void reconcile_refundAndChargeOfOneSeatChange_matchByQuantityAndDirection_inAnyOrder() {
    List<CostLine> actual = new ArrayList<>(expected());
    java.util.Collections.reverse(actual);
    ReconciliationResult r = RECONCILER.reconcile(expected(), actual.stream());
    assertThat(r.isClean()).isTrue();
    assertThat(r.matchedCount()).isEqualTo(3);
  }

  @Test
  void reconcile_missingUnexpectedAndDifferences_areReported() {
    List<CostLine> e = expected();
    CostLine withinTolerance = e.get(0).toBuilder().amount(dec("120.01")).build();
    CostLine tooFar = e.get(2).toBuilder().amount(dec("168.43")).build();
    CostLine extra =
        e.get(0).toBuilder().subscriptionId("sub-2").chargeType(ChargeType.CYCLE_CHARGE).build();
    // Microsoft billed: the purchase (1 cent off), the new quantity 5 cents off, a line nobody expected;
    // the refund of the old quantity is missing
    ReconciliationResult r = RECONCILER.reconcile(e, java.util.stream.Stream.of(withinTolerance, tooFar, extra));
    assertThat(r.matchedCount()).isEqualTo(1);
    assertThat(r.missing()).extracting(l -> l.chargeType() + " " + l.amount()).containsExactly("addQuantity -112.25");
    assertThat(r.unexpected()).extracting(CostLine::subscriptionId).containsExactly("sub-2");
    assertThat(r.differences()).hasSize(1);
    assertThat(r.differences().get(0).difference()).isEqualByComparingTo("0.05");
    assertThat(r.differences().get(0).expected().amount()).isEqualByComparingTo("168.38");
    assertThat(r.isClean()).isFalse();
  }

  @Test
  void reconcile_sameKeyTwice_prefersSameReferenceId() {
    CostLine a = expected().get(0).toBuilder().referenceId("ref-a").amount(dec("100")).build();
    CostLine b = expected().get(0).toBuilder().referenceId("ref-b").amount(dec("120")).build();
    CostLine actualB = b.toBuilder().amount(dec("100")).build(); // closest in amount to a, but it is b
    ReconciliationResult r = RECONCILER.reconcile(List.of(a, b), java.util.stream.Stream.of(actualB));
    assertThat(r.differences()).hasSize(1);
    assertThat(r.differences().get(0).expected().referenceId()).contains("ref-b");
    assertThat(r.missing()).extracting(l -> l.referenceId().get()).containsExactly("ref-a");
  }

  @Test
  void reconcile_mixedBillingCurrencies_isCurrencyMismatch() {
    CostLine eur = expected().get(0).toBuilder().pricingCurrency("EUR").billingCurrency("EUR").build();
    assertThatThrownBy(() -> RECONCILER.reconcile(expected(), java.util.stream.Stream.of(eur)))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void tolerance_negative_isRejected() {
    assertThatThrownBy(() -> Reconciler.withTolerance("-0.01"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("tolerance"));
  }
}
