package io.cspsdk.sync.twotier;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.billing.distributor.AttributedLine;
import io.cspsdk.billing.distributor.DistributorLedger;
import io.cspsdk.billing.distributor.ResellerInvoice;
import io.cspsdk.billing.distributor.ResellerInvoice.GroupTotal;
import io.cspsdk.billing.distributor.ResellerPricing;
import io.cspsdk.billing.pricing.Markup;
import io.cspsdk.billing.pricing.RuleScope;
import io.cspsdk.billing.pricing.TierPricing;
import io.cspsdk.billing.report.BillingCalendar;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.auth.PartnerCredentials;
import io.cspsdk.core.invoices.AttributeSet;
import io.cspsdk.core.model.ReconciliationLineItem;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The two-tier flow end to end: Partner Center (the fake) bills the distributor for its resellers' customers; the
 * reseller's system pushes its accounts and subscriptions; the distributor mirrors them, checks attribution, and
 * invoices the reseller for January from Microsoft's reconciliation lines (v2 export, full attribute set).
 */
class TwoTierFlowTest {
  static final String BASIC = "CFQ7TTC0LH18:0001";
  private FakeClock clock;
  private FakePartnerCenter fake;
  private PartnerCenterClient pc;

  @BeforeEach
  void start() {
    clock = FakeClock.atDefaultStart();                    // 2026-01-05T09:00Z
    fake = FakePartnerCenter.builder().clock(clock).build().start();
    pc = PartnerCenterClient.builder().endpoint(fake.endpoint()).graphEndpoint(fake.graphEndpoint())
        .credential(PartnerCredentials.staticToken("t")).clock(clock).sleeper(clock::advance).noRateLimit().build();
  }

  @AfterEach
  void stop() {
    pc.close();
    fake.close();
  }

  @Test
  void resellerEvents_mirror_attribution_andJanuaryInvoice() {
    var seed = fake.seed().indirectReseller("Cloud Resell", "5100001", "GR");
    String resellerTenant = seed.lastResellerId();
    String x = seed.customer("Cloud Customer X").soldThrough("5100001").subscription(BASIC, 10).lastCustomerId();
    String sx = seed.lastSubscriptionId();
    String y = seed.customer("Cloud Customer Y").soldThrough("5100001").subscription(BASIC, 3).lastCustomerId();
    String sy = seed.lastSubscriptionId();
    String z = seed.customer("Cloud End-Customer Z").soldThrough("5100001").subscription(BASIC, 2).lastCustomerId();
    String sz = seed.lastSubscriptionId();
    seed.customer("Direct Co").subscription(BASIC, 7);          // the distributor's own customer
    // the reseller's system pushes what it has, in its own ids, with links to Partner Center
    Instant t = clock.instant();
    PushedEvents bss = new PushedEvents("cloud-resell-bss", () -> {
      throw new AssertionError("no re-sync in this flow");
    });
    bss.push(MirrorEvent.subscription(EventKind.CREATED, "bss-sx", 1, t, sub("bss-x", sx, 10)));   // early
    bss.push(MirrorEvent.account("bss-r", 1, t, AccountState.reseller("distributor", "Cloud Resell", "ACC-100",
        "billing@cloudresell.example", resellerTenant, "5100001")));
    bss.push(MirrorEvent.account("bss-lite", 1, t, AccountState.liteReseller("bss-r", "Cloud Lite", "ACC-110",
        "ops@cloudlite.example")));
    bss.push(MirrorEvent.account("bss-x", 1, t, AccountState.endCustomer("bss-lite", "Cloud Customer X", "ACC-111",
        "x@example.com", x)));
    bss.push(MirrorEvent.account("bss-y", 1, t, AccountState.endCustomer("bss-lite", "Cloud Customer Y", "ACC-112",
        "y@example.com", y)));
    bss.push(MirrorEvent.account("bss-z", 1, t, AccountState.endCustomer("bss-r", "Cloud End-Customer Z", "ACC-101",
        "z@example.com", z)));
    bss.push(MirrorEvent.subscription(EventKind.CREATED, "bss-sy", 1, t, sub("bss-y", sy, 3)));
    bss.push(MirrorEvent.subscription(EventKind.CREATED, "bss-sz", 1, t, sub("bss-z", sz, 2)));
    bss.push(MirrorEvent.subscription(EventKind.CREATED, "bss-sz", 1, t, sub("bss-z", sz, 2)));   // twice
    TwoTierMirror mirror = new TwoTierMirror("distributor", new InMemoryMirrorStore(), clock);

    List<ApplyResult> applied = mirror.pull(bss);

    assertThat(applied).extracting(ApplyResult::outcome).containsExactly(ApplyResult.Outcome.DEFERRED,
        ApplyResult.Outcome.APPLIED, ApplyResult.Outcome.APPLIED, ApplyResult.Outcome.APPLIED,
        ApplyResult.Outcome.APPLIED, ApplyResult.Outcome.APPLIED, ApplyResult.Outcome.APPLIED,
        ApplyResult.Outcome.APPLIED, ApplyResult.Outcome.DUPLICATE);
    assertThat(mirror.subscriptions()).hasSize(3);
    assertThat(mirror.hierarchy().path("bss-x")).containsExactly("distributor", "bss-r", "bss-lite", "bss-x");
    assertThat(new AttributionCheck(mirror).run(pc).mismatches()).isEmpty();

    clock.set(Instant.parse("2026-02-01T00:00:00Z"));           // Microsoft issues January's invoice
    String invoiceId = pc.invoices().list().stream().findFirst().orElseThrow().id();
    TierPricing gold = TierPricing.builder("gold").rule(RuleScope.global(), Markup.percent("10")).build();
    DistributorLedger ledger = new DistributorLedger(BillingCalendar.billingDay(31),
        ResellerPricing.builder().tier("gold", gold).assign("bss-r", "gold").build());
    MirrorAttribution attribution = new MirrorAttribution(mirror);
    int unattributed = 0;
    try (Stream<ReconciliationLineItem> lines = pc.invoices().exportBilled(invoiceId, AttributeSet.FULL)
        .lineItems(Duration.ofMinutes(5))) {
      for (ReconciliationLineItem item : (Iterable<ReconciliationLineItem>) lines::iterator) {
        Optional<AttributedLine> a = attribution.attribute(item);
        if (a.isPresent()) {
          ledger.record(a.get());
        } else {
          unattributed++;
        }
      }
    }
    ResellerInvoice january = ledger.close(ledger.periodOf(LocalDate.of(2026, 1, 5))).get(0);

    // Business Basic costs 6.00 per seat per month; gold adds 10 %:
    //   X 10 × 6.00 = 60.00 → 66.00;  Y 3 × 6.00 = 18.00 → 19.80;  Z 2 × 6.00 = 12.00 → 13.20;  total 99.00
    assertThat(unattributed).isEqualTo(1);                       // Direct Co's line is not a reseller's
    assertThat(january.resellerId()).isEqualTo("bss-r");
    assertThat(january.total()).isEqualByComparingTo("99.00");
    assertThat(january.charges().cost()).isEqualByComparingTo("90.00");
    assertThat(january.groups()).containsExactly(
        new GroupTotal(Optional.empty(), "bss-z", new BigDecimal("13.20"), BigDecimal.ZERO),
        new GroupTotal(Optional.of("bss-lite"), "bss-x", new BigDecimal("66.00"), BigDecimal.ZERO),
        new GroupTotal(Optional.of("bss-lite"), "bss-y", new BigDecimal("19.80"), BigDecimal.ZERO));
  }

  private static SubscriptionState sub(String account, String pcId, int seats) {
    return new SubscriptionState(account, MirrorStatus.ACTIVE, LocalDate.of(2026, 1, 5), LocalDate.of(2027, 1, 4),
        LocalDate.of(2026, 1, 5), true, "Microsoft 365 Business Basic", "monthly", seats, Map.of(), Optional.empty(),
        Optional.of(pcId));
  }
}
