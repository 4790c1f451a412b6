package io.cspsdk.sync.twotier;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.auth.PartnerCredentials;
import io.cspsdk.sync.twotier.AttributionReport.Kind;
import io.cspsdk.sync.twotier.AttributionReport.Mismatch;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Partner Center as the distributor sees it, over HTTP against the fake: re-sync source and attribution check. */
class PartnerCenterTwoTierTest {
  private FakeClock clock;
  private FakePartnerCenter fake;
  private PartnerCenterClient pc;

  @BeforeEach
  void start() {
    clock = FakeClock.atDefaultStart();
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
  void resyncFromPartnerCenter_mirrorsResellersCustomersAndSubscriptionsAndReportsThem() {
    var s = fake.seed().indirectReseller("Cloud Resell", "5100001", "GR");
    String reseller = s.lastResellerId();
    String x = s.customer("Customer X").soldThrough("5100001").subscription("CFQ7TTC0LH18:0001", 10)
        .lastCustomerId();
    String sub = s.lastSubscriptionId();
    s.customer("Direct Co").subscription("CFQ7TTC0LH18:0001", 1);    // not a reseller's: not mirrored
    TwoTierMirror mirror = new TwoTierMirror("distributor", new InMemoryMirrorStore(), clock);

    DriftReport report = mirror.resync(new PartnerCenterSource(pc, "distributor"));

    assertThat(report.repairs()).extracting(DriftReport.Repair::id).containsExactlyInAnyOrder(reseller, x, sub);
    assertThat(mirror.directory().byMpnId("5100001").map(MirroredAccount::id)).contains(reseller);
    assertThat(mirror.hierarchy().path(x)).containsExactly("distributor", reseller, x);
    SubscriptionState st = mirror.subscription(sub).orElseThrow().state();
    assertThat(st.quantity()).isEqualTo(10);
    assertThat(st.partnerCenterSubscriptionId()).contains(sub);
    assertThat(st.status()).isEqualTo(MirrorStatus.ACTIVE);

    pc.subscriptions(x).changeQuantity(sub, 12);
    DriftReport second = mirror.resync(new PartnerCenterSource(pc, "distributor"));

    assertThat(second.repairs()).singleElement().satisfies(r ->
        assertThat(r.fields()).containsExactly(new DriftReport.FieldDiff("quantity", "10", "12")));
  }

  @Test
  void attributionCheck_reportsMismatchMissingAndUnknownWithoutResolvingThem() {
    var s = fake.seed().indirectReseller("Cloud Resell", "5100001", "GR");
    String reseller = s.lastResellerId();
    s.indirectReseller("Other Reseller", "5100002", "US");
    String x = s.customer("Customer X").soldThrough("5100001").subscription("CFQ7TTC0LH18:0001", 10)
        .lastCustomerId();
    String good = s.lastSubscriptionId();
    String wrong = s.subscription("CFQ7TTC0LCHC:0002", 2).attributedTo("5100002").lastSubscriptionId();
    String unreported = s.subscription("CFQ7TTC0LCH4:0002", 1).lastSubscriptionId();
    Instant t = clock.instant();
    TwoTierMirror mirror = new TwoTierMirror("distributor", new InMemoryMirrorStore(), clock);
    mirror.apply(MirrorEvent.account("r1", 1, t, AccountState.reseller("distributor", "Cloud Resell", "ACC-1",
        "b@cr.example", reseller, "5100001")));
    mirror.apply(MirrorEvent.account("cx", 1, t, AccountState.endCustomer("r1", "Customer X", "ACC-2", "x@x.example",
        x)));
    mirror.apply(MirrorEvent.subscription(EventKind.CREATED, "m-good", 1, t, linked("cx", good)));
    mirror.apply(MirrorEvent.subscription(EventKind.CREATED, "m-wrong", 1, t, linked("cx", wrong)));
    mirror.apply(MirrorEvent.subscription(EventKind.CREATED, "m-ghost", 1, t, linked("cx", "no-such-sub")));

    AttributionReport report = new AttributionCheck(mirror).run(pc);

    assertThat(report.subscriptionsCompared()).isEqualTo(3);
    assertThat(report.mismatches()).containsExactlyInAnyOrder(
        new Mismatch(Kind.RESELLER_DIFFERS, wrong, Optional.of("m-wrong"), Optional.of("5100002"),
            Optional.of("5100001")),
        new Mismatch(Kind.NOT_MIRRORED, unreported, Optional.empty(), Optional.of("5100001"),
            Optional.of("5100001")),
        new Mismatch(Kind.NOT_IN_PARTNER_CENTER, "no-such-sub", Optional.of("m-ghost"), Optional.empty(),
            Optional.of("5100001")));
    assertThat(mirror.subscription("m-wrong")).isPresent();        // reported, not resolved
  }

  private static SubscriptionState linked(String account, String pcId) {
    SubscriptionState base = ProductDocument.subscription(account, "P", 1);
    return new SubscriptionState(account, base.status(), base.startDate(), base.endDate(), base.activationDate(),
        true, "P", "monthly", 1, Map.of(), Optional.empty(), Optional.of(pcId));
  }
}
