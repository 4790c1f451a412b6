package io.cspsdk.samples.twotier;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.billing.distributor.ResellerInvoice;
import io.cspsdk.billing.distributor.ResellerInvoice.GroupTotal;
import io.cspsdk.sync.twotier.ApplyResult;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.FakePartnerCenterTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two-tier sample against the fake Partner Center, its invoices checked against totals worked out by hand. */
@FakePartnerCenterTest
class DistributorInvoicingTest {
  @TempDir
  Path dir;

  @Test
  void january_eachResellerIsInvoicedAtItsTier_perEndCustomer(FakePartnerCenter fake, FakeClock clock)
      throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    DistributorInvoicing.Month month = DistributorInvoicing.run(fake, clock, dir,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    // pushed events: one before its account (deferred, applied when the account came), one late, one twice
    assertThat(month.applied()).extracting(ApplyResult::outcome).containsExactly(
        ApplyResult.Outcome.DEFERRED, ApplyResult.Outcome.APPLIED, ApplyResult.Outcome.APPLIED,
        ApplyResult.Outcome.APPLIED, ApplyResult.Outcome.APPLIED, ApplyResult.Outcome.STALE,
        ApplyResult.Outcome.APPLIED, ApplyResult.Outcome.DUPLICATE,
        ApplyResult.Outcome.APPLIED, ApplyResult.Outcome.APPLIED, ApplyResult.Outcome.APPLIED,
        ApplyResult.Outcome.APPLIED);
    assertThat(month.mirror().subscription("cr-sub-x").orElseThrow().state().quantity()).isEqualTo(10);
    assertThat(month.mirror().deferred()).isEmpty();
    assertThat(month.mirror().hierarchy().path("cr-x")).containsExactly("distributor", "cr", "cr-lite", "cr-x");
    assertThat(month.attribution().mismatches()).isEmpty();
    assertThat(month.attribution().subscriptionsCompared()).isEqualTo(4);

    // Microsoft's January lines (the first month of each P1Y monthly subscription), by hand:
    //   Cloud Resell, gold +10 %:  Xylo   10 x 6.00  = 60.00 -> 66.00 (via Cloud Lite)
    //                              Zenith  4 x 12.50 = 50.00 -> 55.00 (direct)       cost 110.00, total 121.00
    //   Northwind, silver +15 %:   Wexford 5 x 6.00  = 30.00 -> 34.50
    //                                      4 x 4.00  = 16.00 -> 18.40               cost  46.00, total  52.90
    //   Direct Co (7 x 6.00) is the distributor's own customer: on no reseller's invoice
    assertThat(month.unattributedLines()).isEqualTo(1);
    assertThat(month.invoices()).extracting(ResellerInvoice::resellerId).containsExactlyInAnyOrder("cr", "nw");
    ResellerInvoice cloudResell = invoice(month.invoices(), "cr");
    assertThat(cloudResell.charges().cost()).isEqualByComparingTo("110.00");
    assertThat(cloudResell.total()).isEqualByComparingTo("121.00");
    assertThat(cloudResell.groups()).containsExactly(
        new GroupTotal(Optional.empty(), "cr-z", new BigDecimal("55.00"), BigDecimal.ZERO),
        new GroupTotal(Optional.of("cr-lite"), "cr-x", new BigDecimal("66.00"), BigDecimal.ZERO));
    ResellerInvoice northwind = invoice(month.invoices(), "nw");
    assertThat(northwind.charges().cost()).isEqualByComparingTo("46.00");
    assertThat(northwind.total()).isEqualByComparingTo("52.90");
    assertThat(northwind.groups()).containsExactly(
        new GroupTotal(Optional.empty(), "nw-w", new BigDecimal("52.90"), BigDecimal.ZERO));
    assertThat(cloudResell.currency()).isEqualTo("USD");

    // the CSV: the reseller's prices, no distributor cost
    assertThat(month.csvFiles()).hasSize(2).allSatisfy(f -> assertThat(f).exists());
    String csv = Files.readString(dir.resolve("invoice-nw-2026-01.csv"));
    assertThat(csv).contains("34.50", "18.40").doesNotContain("30.00", "16.00");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Cloud Resell: cost 110.00, total 121.00 USD",
        "Northwind Partners: cost 46.00, total 52.90 USD");
  }

  private static ResellerInvoice invoice(List<ResellerInvoice> invoices, String resellerId) {
    return invoices.stream().filter(i -> i.resellerId().equals(resellerId)).findFirst().orElseThrow();
  }
}
