package io.cspsdk.sync.twotier;

import static io.cspsdk.sync.twotier.ProductDocument.T0;
import static io.cspsdk.sync.twotier.ProductDocument.X;
import static io.cspsdk.sync.twotier.ProductDocument.Y;
import static io.cspsdk.sync.twotier.ProductDocument.Z;
import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.sync.twotier.DriftReport.Action;
import io.cspsdk.sync.twotier.DriftReport.Entity;
import io.cspsdk.sync.twotier.DriftReport.FieldDiff;
import io.cspsdk.sync.twotier.DriftReport.Repair;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DriftRepairTest {
  @Test
  void resync_afterLostEvents_repairsEveryDifferenceAndReportsIt() {
    TwoTierMirror mirror = ProductDocument.seeded(new InMemoryMirrorStore());
    SubscriptionState sx = ProductDocument.subscription(X, "Business Basic", 10);
    SubscriptionState sy = ProductDocument.subscription(Y, "Business Standard", 4);
    mirror.apply(MirrorEvent.subscription(EventKind.CREATED, "sx", 1, T0, sx));
    mirror.apply(MirrorEvent.subscription(EventKind.CREATED, "sy", 1, T0, sy));
    mirror.distributor().attachToSubscription("sx", AttachmentKind.NOTE, "keep me");
    // the reseller's system, after events the mirror never received: sx went to 14 seats and was suspended,
    // sy was deleted, sz was created, customer Z renamed
    Map<String, AccountState> accounts = new LinkedHashMap<>();
    ProductDocument.accounts().forEach(e -> accounts.put(e.sourceId(), e.account().orElseThrow()));
    AccountState z = accounts.get(Z);
    accounts.put(Z, new AccountState(z.kind(), z.parentId(), "Z Holdings", z.accountingNumber(), z.email(),
        z.tenantId(), z.mpnId()));
    SubscriptionState sxNow = sx.withQuantity(14).withStatus(MirrorStatus.SUSPENDED);
    SubscriptionState sz = ProductDocument.subscription(Z, "Business Premium", 2);
    PushedEvents source = new PushedEvents("cloud-resell-bss",
        () -> new SourceSnapshot(accounts, Map.of("sx", sxNow, "sz", sz)));

    DriftReport report = mirror.resync(source);

    assertThat(report.source()).isEqualTo("cloud-resell-bss");
    assertThat(report.repairs()).containsExactlyInAnyOrder(
        new Repair(Entity.ACCOUNT, Z, Action.UPDATED,
            java.util.List.of(new FieldDiff("name", "Cloud End-Customer Z", "Z Holdings"))),
        new Repair(Entity.SUBSCRIPTION, "sx", Action.UPDATED, java.util.List.of(
            new FieldDiff("status", "ACTIVE", "SUSPENDED"), new FieldDiff("quantity", "10", "14"))),
        new Repair(Entity.SUBSCRIPTION, "sy", Action.DELETED, java.util.List.of()),
        new Repair(Entity.SUBSCRIPTION, "sz", Action.CREATED, java.util.List.of()));
    assertThat(mirror.subscription("sx").orElseThrow().state()).isEqualTo(sxNow);
    assertThat(mirror.subscription("sx").orElseThrow().attachments()).hasSize(1);
    assertThat(mirror.subscription("sy")).isEmpty();
    assertThat(mirror.subscription("sz").orElseThrow().state()).isEqualTo(sz);
    assertThat(mirror.account(Z).orElseThrow().state().name()).isEqualTo("Z Holdings");
    assertThat(mirror.resync(source).inSync()).isTrue();
  }

  @Test
  void resync_thenLateOldEvent_isStaleAndDoesNotUndoTheRepair() {
    TwoTierMirror mirror = ProductDocument.seeded(new InMemoryMirrorStore());
    SubscriptionState sx = ProductDocument.subscription(X, "Business Basic", 10);
    mirror.apply(MirrorEvent.subscription(EventKind.CREATED, "sx", 1, T0, sx));
    Map<String, AccountState> accounts = new LinkedHashMap<>();
    ProductDocument.accounts().forEach(e -> accounts.put(e.sourceId(), e.account().orElseThrow()));
    // the reseller's full state is at version 3 of sx; its version-2 event is still on its way
    mirror.resync(new PushedEvents("bss", () -> new SourceSnapshot(accounts, Map.of("sx", sx.withQuantity(20)),
        Map.of("sx", 3L))));

    ApplyResult late = mirror.apply(MirrorEvent.subscription(EventKind.QUANTITY_CHANGED, "sx", 2, T0,
        sx.withQuantity(12)));

    assertThat(late.outcome()).isEqualTo(ApplyResult.Outcome.STALE);
    assertThat(mirror.subscription("sx").orElseThrow().state().quantity()).isEqualTo(20);
  }
}
