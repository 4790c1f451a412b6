package io.cspsdk.billing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.error.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BillingCalendarTest {
  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void billingDay15_cycleEndingOn15th_isDatedThe16th() {
    BillingPeriod p = BillingCalendar.billingDay(15).periodContaining(d("2024-03-01"));
    assertThat(p).isEqualTo(new BillingPeriod(d("2024-02-16"), d("2024-03-15")));
    assertThat(p.billingDate()).isEqualTo(d("2024-03-16"));
    assertThat(BillingCalendar.billingDay(15).periodContaining(d("2024-03-15")).end()).isEqualTo(d("2024-03-15"));
    assertThat(BillingCalendar.billingDay(15).periodContaining(d("2024-03-16")))
        .isEqualTo(new BillingPeriod(d("2024-03-16"), d("2024-04-15")));
  }

  @Test
  void billingDay31_endsOnEveryMonthsLastDay_includingLeapFebruary() {
    BillingCalendar c = BillingCalendar.billingDay(31);
    assertThat(c.periodContaining(d("2024-02-10"))).isEqualTo(new BillingPeriod(d("2024-02-01"), d("2024-02-29")));
    assertThat(c.periodContaining(d("2023-02-28"))).isEqualTo(new BillingPeriod(d("2023-02-01"), d("2023-02-28")));
    assertThat(c.periodContaining(d("2024-04-30"))).isEqualTo(new BillingPeriod(d("2024-04-01"), d("2024-04-30")));
    assertThat(c.periodContaining(d("2024-12-31")).billingDate()).isEqualTo(d("2025-01-01"));
  }

  @Test
  void billingDay30_clampsInFebruary_andMarchCycleStartsOnMarch1() {
    BillingCalendar c = BillingCalendar.billingDay(30);
    assertThat(c.periodContaining(d("2023-02-28"))).isEqualTo(new BillingPeriod(d("2023-01-31"), d("2023-02-28")));
    assertThat(c.periodContaining(d("2023-03-01"))).isEqualTo(new BillingPeriod(d("2023-03-01"), d("2023-03-30")));
    assertThat(c.periodContaining(d("2023-03-31"))).isEqualTo(new BillingPeriod(d("2023-03-31"), d("2023-04-30")));
  }

  @Test
  void billingDay1_cycleIsOneDayShortOfAMonth() {
    BillingCalendar c = BillingCalendar.billingDay(1);
    assertThat(c.periodContaining(d("2024-01-01"))).isEqualTo(new BillingPeriod(d("2023-12-02"), d("2024-01-01")));
    assertThat(c.periodContaining(d("2024-01-02"))).isEqualTo(new BillingPeriod(d("2024-01-02"), d("2024-02-01")));
  }

  @Test
  void periodsEndingBetween_oneCyclePerMonthEndingInRange() {
    assertThat(BillingCalendar.billingDay(15).periodsEndingBetween(d("2024-01-01"), d("2024-03-31")))
        .extracting(BillingPeriod::billingDate)
        .containsExactly(d("2024-01-16"), d("2024-02-16"), d("2024-03-16"));
    assertThat(BillingCalendar.billingDay(15).periodsEndingBetween(d("2024-01-16"), d("2024-02-14"))).isEmpty();
  }

  @Test
  void periodsAreContiguousOverAYear_forEveryBillingDay() {
    for (int day = 1; day <= 31; day++) {
      BillingCalendar c = BillingCalendar.billingDay(day);
      BillingPeriod p = c.periodContaining(d("2023-12-20"));
      for (int i = 0; i < 14; i++) {
        BillingPeriod next = c.periodContaining(p.end().plusDays(1));
        assertThat(next.start()).as("day %d after %s", day, p).isEqualTo(p.end().plusDays(1));
        assertThat(next.end()).isAfterOrEqualTo(next.start());
        p = next;
      }
    }
  }

  @Test
  void billingDay_outside1To31_isRejected() {
    assertThatThrownBy(() -> BillingCalendar.billingDay(32))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("billingDay"));
  }
}
