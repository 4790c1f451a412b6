package io.cspsdk.billing.charges;

import static io.cspsdk.billing.charges.Fixtures.LEGACY;
import static io.cspsdk.billing.charges.Fixtures.NCE;
import static io.cspsdk.billing.charges.Fixtures.assertLine;
import static io.cspsdk.billing.charges.Fixtures.brief;
import static io.cspsdk.billing.charges.Fixtures.d;
import static io.cspsdk.billing.charges.Fixtures.purchase;
import static io.cspsdk.billing.charges.Fixtures.sum;
import static io.cspsdk.billing.charges.Fixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.TermDuration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every worked example of billing-rules.md, to the cent. */
class PublishedExamplesTest {

  @Test
  void p1mMonthly_tenSeatsAt10_08_newThenRenewEach100_80() {
    SubscriptionTimeline t = timeline(purchase("2021-06-18", TermDuration.P1M, BillingCycle.MONTHLY, 10, "10.08"))
        .subscriptionId("p1m").build();

    List<ChargeLine> lines = NCE.charges(t, d("2021-06-01"), d("2021-07-31"));

    assertThat(lines).hasSize(2);
    assertLine(lines.get(0), ChargeType.NEW, "2021-06-18", "2021-07-17", 10, "100.80");
    assertLine(lines.get(1), ChargeType.RENEW, "2021-07-18", "2021-08-17", 10, "100.80");
    assertThat(lines.get(0).effectiveUnitPrice()).isEqualByComparingTo("10.08");
    assertThat(lines.get(0).unitPrice()).isEqualByComparingTo("10.08");
    assertThat(lines.get(1).termDuration()).isEqualTo(TermDuration.P1M);
    assertThat(lines.get(0).referenceId()).isNotEqualTo(lines.get(1).referenceId());
  }

  @Test
  void p1yMonthly_sameMonthlyAmount_cycleCharge100_80EveryMonth() {
    SubscriptionTimeline t = timeline(purchase("2021-06-18", TermDuration.P1Y, BillingCycle.MONTHLY, 10, "120.96"))
        .build();

    List<ChargeLine> lines = NCE.charges(t, d("2021-06-18"), d("2022-06-17"));

    assertThat(lines).hasSize(12);
    assertLine(lines.get(0), ChargeType.NEW, "2021-06-18", "2021-07-17", 10, "100.80");
    for (ChargeLine l : lines.subList(1, 12)) {
      assertThat(l.chargeType()).isEqualTo(ChargeType.CYCLE_CHARGE);
      assertThat(l.amount()).isEqualByComparingTo("100.80");
      assertThat(l.effectiveUnitPrice()).isEqualByComparingTo("10.08");
      assertThat(l.unitPrice()).isEqualByComparingTo("120.96");
    }
    assertLine(lines.get(1), ChargeType.CYCLE_CHARGE, "2021-07-18", "2021-08-17", 10, "100.80");
    assertLine(lines.get(11), ChargeType.CYCLE_CHARGE, "2022-05-18", "2022-06-17", 10, "100.80");
    assertThat(sum(lines)).isEqualByComparingTo("1209.60");
  }

  @Test
  void p1yUpfront_tenSeatsAt120_96_oneNewLine1209_60() {
    SubscriptionTimeline t = timeline(purchase("2021-06-18", TermDuration.P1Y, BillingCycle.ONE_TIME, 10, "120.96"))
        .build();

    List<ChargeLine> lines = NCE.charges(t, d("2021-06-01"), d("2022-06-17"));

    assertThat(lines).hasSize(1);
    assertLine(lines.get(0), ChargeType.NEW, "2021-06-18", "2022-06-17", 10, "1209.60");
    assertThat(lines.get(0).billingCycle()).isEqualTo(BillingCycle.ONE_TIME);
  }

  @Test
  void cancel_twoDaysAfterPurchase_cancelImmediateMinus94_20AndNet6_60() {
    SubscriptionTimeline t = timeline(purchase("2021-07-15", TermDuration.P1M, BillingCycle.MONTHLY, 10, "10.08"))
        .cancel(d("2021-07-17"))
        .build();

    List<ChargeLine> lines = NCE.invoice(t, YearMonth.of(2021, 7));

    assertThat(lines).hasSize(2);
    assertLine(lines.get(0), ChargeType.NEW, "2021-07-15", "2021-08-14", 10, "100.80");
    ChargeLine cancel = lines.get(1);
    assertLine(cancel, ChargeType.CANCEL_IMMEDIATE, "2021-07-17", "2021-08-14", 10, "-94.20");
    assertThat(cancel.effectiveUnitPrice()).isEqualByComparingTo("-9.42");
    assertThat(sum(lines)).isEqualByComparingTo("6.60");
    assertThat(NCE.charges(t, d("2021-08-01"), d("2022-12-31"))).as("no renewal after cancellation").isEmpty();
  }

  @Test
  void seatAdd_fiveSeatsTwoDaysIn_wipeAndRecreateMinus112_25Plus168_38() {
    SubscriptionTimeline t = timeline(purchase("2022-03-05", TermDuration.P1M, BillingCycle.MONTHLY, 10, "12.00"))
        .addSeats(d("2022-03-07"), 5)
        .build();

    List<ChargeLine> lines = NCE.invoice(t, YearMonth.of(2022, 3));

    assertThat(brief(lines)).containsExactly(
        "new 2022-03-05..2022-04-04 x10 120.00",
        "addQuantity 2022-03-07..2022-04-04 x10 -112.25",
        "addQuantity 2022-03-07..2022-04-04 x15 168.38");
    assertThat(lines.get(1).referenceId()).isEqualTo(lines.get(2).referenceId())
        .isNotEqualTo(lines.get(0).referenceId());
    assertThat(lines.get(1).effectiveUnitPrice()).isEqualByComparingTo("-11.225806");
    assertThat(lines.get(2).effectiveUnitPrice()).isEqualByComparingTo("11.225806");
    // the next cycle bills the new quantity in full
    assertThat(brief(NCE.invoice(t, YearMonth.of(2022, 4)))).containsExactly("renew 2022-04-05..2022-05-04 x15 180.00");
  }

  @Test
  void legacy_fourDollarsBillingDay15_januaryCycleFeeThenFebruaryInstanceProrates() {
    SubscriptionTimeline t = SubscriptionTimeline.builder()
        .subscriptionId("legacy-1")
        .billingDay(15)
        .purchase(purchase("2022-01-13", TermDuration.P1Y, BillingCycle.MONTHLY, 1, "48.00").build())
        .addSeats(d("2022-02-01"), 1)
        .build();

    List<ChargeLine> jan = LEGACY.invoice(t, YearMonth.of(2022, 1));
    List<ChargeLine> feb = LEGACY.invoice(t, YearMonth.of(2022, 2));

    assertThat(brief(jan)).containsExactly("Cycle fee 2022-01-13..2022-02-12 x1 4.00");
    assertThat(brief(feb)).containsExactly(
        "Cycle instance prorate 2022-01-13..2022-02-12 x1 -4.00",
        "Cycle instance prorate 2022-01-13..2022-01-31 x1 2.45",
        "Cycle instance prorate 2022-02-01..2022-02-12 x2 3.10",
        "Cycle instance prorate 2022-02-13..2022-03-12 x2 8.00");
    assertThat(feb.get(2).effectiveUnitPrice()).isEqualByComparingTo("1.55");
    assertThat(feb.subList(0, 3)).extracting(ChargeLine::referenceId).containsOnly(feb.get(0).referenceId());
    assertThat(brief(LEGACY.invoice(t, YearMonth.of(2022, 3)))).containsExactly(
        "Cycle fee 2022-03-13..2022-04-12 x2 8.00");
  }
}
