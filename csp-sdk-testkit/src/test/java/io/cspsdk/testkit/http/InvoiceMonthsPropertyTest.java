package io.cspsdk.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** For random purchase dates, every month that had charges gets exactly one invoice. */
class InvoiceMonthsPropertyTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant END = Instant.parse("2026-09-01T00:00:00Z");

  @Test
  void randomPurchaseDates_everyChargedMonthIsInvoicedExactlyOnce() {
    for (long trial = 0; trial < 25; trial++) {
      Random r = new Random(trial);
      List<Instant> purchases = new ArrayList<>();
      for (int i = 0; i < 1 + r.nextInt(4); i++) {
        // half of them exactly at 00:00 UTC on a first of the month (terms then end when invoices are due)
        purchases.add(r.nextBoolean()
            ? START.atZone(ZoneOffset.UTC).plusMonths(r.nextInt(5)).toInstant()
            : START.plus(Duration.ofMinutes(r.nextInt(150 * 24 * 60))));
      }
      purchases.sort(null);
      FakeClock clock = new FakeClock(START);
      try (FakePartnerCenter fake = FakePartnerCenter.builder().clock(clock).build().start()) {
        for (Instant at : purchases) {
          clock.set(at);
          fake.seed().customer("Customer").agreementAccepted()
              .subscription("CFQ7TTC0LH18:0001", 1 + r.nextInt(9), r.nextBoolean() ? "P1M" : "P1Y", "monthly");
        }
        clock.set(END);
        // monthly billing and auto-renewal: every month from the first purchase on has charges
        TreeSet<YearMonth> charged = new TreeSet<>();
        for (YearMonth m = YearMonth.from(purchases.get(0).atZone(ZoneOffset.UTC));
             m.isBefore(YearMonth.of(2026, 9)); m = m.plusMonths(1)) {
          charged.add(m);
        }
        List<YearMonth> invoiced = new ArrayList<>();
        for (JsonNode inv : new Http(fake.endpoint()).get("/invoices?size=100").json().get("items")) {
          invoiced.add(YearMonth.from(Instant.parse(inv.get("billingPeriodStartDate").asText())
              .atZone(ZoneOffset.UTC)));
        }
        assertThat(invoiced).as("trial %d, purchases %s", trial, purchases).doesNotHaveDuplicates()
            .containsExactlyInAnyOrderElementsOf(charged);
        assertThat(fake.billingProblems()).isEmpty();
      }
    }
  }
}
