package io.cspsdk.sync.twotier;

import static io.cspsdk.sync.twotier.ProductDocument.DISTRIBUTOR;
import static io.cspsdk.sync.twotier.ProductDocument.LITE;
import static io.cspsdk.sync.twotier.ProductDocument.RESELLER;
import static io.cspsdk.sync.twotier.ProductDocument.T0;
import static io.cspsdk.sync.twotier.ProductDocument.X;
import static io.cspsdk.sync.twotier.ProductDocument.Y;
import static io.cspsdk.sync.twotier.ProductDocument.Z;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.sync.twotier.ApplyResult.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TwoTierMirrorTest {
  private final TwoTierMirror mirror = ProductDocument.seeded(new InMemoryMirrorStore());

  private static Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  @Test
  void hierarchy_productDocumentExample_navigableDownAndUp() {
    AccountHierarchy h = mirror.hierarchy();

    assertThat(h.children(DISTRIBUTOR)).extracting(MirroredAccount::id).containsExactly(RESELLER);
    assertThat(h.children(RESELLER)).extracting(MirroredAccount::id).containsExactlyInAnyOrder(LITE, Z);
    assertThat(h.children(LITE)).extracting(MirroredAccount::id).containsExactlyInAnyOrder(X, Y);
    assertThat(h.endCustomersUnder(RESELLER)).extracting(MirroredAccount::id).containsExactlyInAnyOrder(X, Y, Z);
    assertThat(h.path(X)).containsExactly(DISTRIBUTOR, RESELLER, LITE, X);
    assertThat(h.path(Z)).containsExactly(DISTRIBUTOR, RESELLER, Z);
    assertThat(h.parentId(X)).contains(LITE);
    assertThat(h.resellerOf(X).map(MirroredAccount::id)).contains(RESELLER);
    assertThat(h.liteResellerOf(X).map(MirroredAccount::id)).contains(LITE);
    assertThat(h.liteResellerOf(Z)).isEmpty();
  }

  @Test
  void directory_findsResellerByMpnIdAndByTenantId() {
    ResellerDirectory d = mirror.directory();

    assertThat(d.byMpnId(ProductDocument.RESELLER_MPN).map(MirroredAccount::id)).contains(RESELLER);
    assertThat(d.byTenantId(ProductDocument.RESELLER_TENANT.toUpperCase()).map(MirroredAccount::id))
        .contains(RESELLER);
    assertThat(d.byMpnId("0000000")).isEmpty();
  }

  @Test
  void apply_accountUnderWrongKindOfParent_isRefusedNamingTheField() {
    assertThatThrownBy(() -> mirror.apply(MirrorEvent.account("bad", 1, T0,
        AccountState.liteReseller(LITE, "Lite of a lite", "", ""))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("account.parentId"));
    assertThat(mirror.account("bad")).isEmpty();
  }

  @Test
  void apply_everyEventKind_isMirrored1to1() {
    SubscriptionState base = ProductDocument.subscription(X, "Microsoft 365 Business Basic", 10);
    assertThat(mirror.apply(MirrorEvent.subscription(EventKind.CREATED, "s1", 1, at(1), base)).outcome())
        .isEqualTo(Outcome.APPLIED);
    assertThat(mirror.subscription("s1").orElseThrow().state()).isEqualTo(base);

    mirror.apply(MirrorEvent.subscription(EventKind.QUANTITY_CHANGED, "s1", 2, at(2), base.withQuantity(12)));
    assertThat(mirror.subscription("s1").orElseThrow().state().quantity()).isEqualTo(12);

    SubscriptionState addOn = ProductDocument.addOn(X, "s1", "Teams Audio Conferencing", 12);
    mirror.apply(MirrorEvent.subscription(EventKind.ADD_ON_ADDED, "a1", 1, at(3), addOn));
    assertThat(mirror.subscription("a1").orElseThrow().state().parentSubscriptionId()).contains("s1");

    mirror.apply(MirrorEvent.subscription(EventKind.ADD_ON_CANCELLED, "a1", 2, at(4),
        addOn.withStatus(MirrorStatus.CANCELLED)));
    assertThat(mirror.subscription("a1").orElseThrow().state().status()).isEqualTo(MirrorStatus.CANCELLED);

    mirror.apply(MirrorEvent.subscription(EventKind.SUSPENDED, "s1", 3, at(5),
        base.withQuantity(12).withStatus(MirrorStatus.SUSPENDED)));
    assertThat(mirror.subscription("s1").orElseThrow().state().status()).isEqualTo(MirrorStatus.SUSPENDED);

    SubscriptionState renewed = base.withQuantity(12).withTerm(LocalDate.of(2027, 1, 5), LocalDate.of(2028, 1, 4));
    mirror.apply(MirrorEvent.subscription(EventKind.RENEWED, "s1", 4, at(6), renewed));
    assertThat(mirror.subscription("s1").orElseThrow().state().endDate()).isEqualTo(LocalDate.of(2028, 1, 4));
    assertThat(mirror.subscription("s1").orElseThrow().lastEvent()).isEqualTo(EventKind.RENEWED);

    mirror.apply(MirrorEvent.subscription(EventKind.CANCELLED, "s1", 5, at(7),
        renewed.withStatus(MirrorStatus.CANCELLED)));
    assertThat(mirror.subscription("s1").orElseThrow().state().status()).isEqualTo(MirrorStatus.CANCELLED);

    mirror.apply(MirrorEvent.deleted("s1", 6, at(8)));
    assertThat(mirror.subscription("s1")).isEmpty();
    assertThat(mirror.subscriptions()).extracting(MirroredSubscription::id).containsExactly("a1");
  }

  @Test
  void event_stateNotMatchingKind_isRefusedNamingTheField() {
    SubscriptionState active = ProductDocument.subscription(X, "P", 1);
    assertThatThrownBy(() -> MirrorEvent.subscription(EventKind.SUSPENDED, "s1", 1, T0, active))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("event.subscription.status"));
    assertThatThrownBy(() -> MirrorEvent.subscription(EventKind.ADD_ON_ADDED, "s1", 1, T0, active))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("event.subscription.parentSubscriptionId"));
  }

  @Test
  void apply_sameEventTwice_secondIsDuplicateAndChangesNothing() {
    MirrorEvent created = MirrorEvent.subscription(EventKind.CREATED, "s1", 1, at(1),
        ProductDocument.subscription(Z, "P", 3));
    mirror.apply(created);
    MirroredSubscription before = mirror.subscription("s1").orElseThrow();

    ApplyResult again = mirror.apply(created);

    assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(mirror.subscription("s1")).contains(before);
  }

  @Test
  void apply_olderVersionAfterNewer_isStaleAndNewestStateKept() {
    SubscriptionState s = ProductDocument.subscription(Z, "P", 3);
    mirror.apply(MirrorEvent.subscription(EventKind.QUANTITY_CHANGED, "s1", 2, at(2), s.withQuantity(7)));

    ApplyResult late = mirror.apply(MirrorEvent.subscription(EventKind.CREATED, "s1", 1, at(1), s));

    assertThat(late.outcome()).isEqualTo(Outcome.STALE);
    assertThat(mirror.subscription("s1").orElseThrow().state().quantity()).isEqualTo(7);
    assertThat(mirror.subscription("s1").orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void apply_sameVersionOtherContent_isConflictAndNotApplied() {
    SubscriptionState s = ProductDocument.subscription(Z, "P", 3);
    mirror.apply(MirrorEvent.subscription(EventKind.CREATED, "s1", 1, at(1), s));

    ApplyResult r = mirror.apply(MirrorEvent.subscription(EventKind.CREATED, "s1", 1, at(1), s.withQuantity(4)));

    assertThat(r.outcome()).isEqualTo(Outcome.CONFLICT);
    assertThat(mirror.subscription("s1").orElseThrow().state().quantity()).isEqualTo(3);
  }

  @Test
  void apply_shuffledAndRepeatedEvents_endInTheSameStateAsInOrder() {
    List<MirrorEvent> ordered = new ArrayList<>(ProductDocument.accounts());
    SubscriptionState s = ProductDocument.subscription(Y, "P", 5);
    ordered.add(MirrorEvent.subscription(EventKind.CREATED, "s1", 1, at(1), s));
    ordered.add(MirrorEvent.subscription(EventKind.QUANTITY_CHANGED, "s1", 2, at(2), s.withQuantity(9)));
    SubscriptionState addOn = ProductDocument.addOn(Y, "s1", "Add-on", 9);
    ordered.add(MirrorEvent.subscription(EventKind.ADD_ON_ADDED, "a1", 1, at(3), addOn));
    ordered.add(MirrorEvent.subscription(EventKind.SUSPENDED, "s1", 3, at(4),
        s.withQuantity(9).withStatus(MirrorStatus.SUSPENDED)));
    ordered.add(MirrorEvent.subscription(EventKind.CREATED, "s2", 1, at(5), ProductDocument.subscription(X, "Q", 1)));
    ordered.add(MirrorEvent.deleted("s2", 2, at(6)));
    TwoTierMirror expected = new TwoTierMirror(DISTRIBUTOR, new InMemoryMirrorStore(),
        java.time.Clock.fixed(T0, java.time.ZoneOffset.UTC));
    expected.applyAll(ordered);

    for (long seed = 1; seed <= 20; seed++) {
      List<MirrorEvent> shuffled = new ArrayList<>(ordered);
      shuffled.addAll(ordered.subList(0, 6));          // some arrive twice
      Collections.shuffle(shuffled, new Random(seed));
      TwoTierMirror m = new TwoTierMirror(DISTRIBUTOR, new InMemoryMirrorStore(),
          java.time.Clock.fixed(T0, java.time.ZoneOffset.UTC));

      m.applyAll(shuffled);

      assertThat(m.subscriptions()).as("seed " + seed).isEqualTo(expected.subscriptions());
      assertThat(m.hierarchy().endCustomersUnder(RESELLER)).as("seed " + seed)
          .extracting(MirroredAccount::id).containsExactlyInAnyOrder(X, Y, Z);
      assertThat(m.deferred()).as("seed " + seed).isEmpty();
    }
  }

  @Test
  void apply_subscriptionBeforeItsCustomer_isDeferredThenApplied() {
    TwoTierMirror empty = new TwoTierMirror(DISTRIBUTOR, new InMemoryMirrorStore(),
        java.time.Clock.fixed(T0, java.time.ZoneOffset.UTC));
    ApplyResult early = empty.apply(MirrorEvent.subscription(EventKind.CREATED, "s1", 1, T0,
        ProductDocument.subscription(Z, "P", 2)));
    assertThat(early.outcome()).isEqualTo(Outcome.DEFERRED);
    assertThat(empty.subscription("s1")).isEmpty();

    empty.applyAll(ProductDocument.accounts());

    assertThat(empty.subscription("s1")).isPresent();
    assertThat(empty.deferred()).isEmpty();
  }

  @Test
  void subscription_ofAReseller_isRefused() {
    assertThatThrownBy(() -> mirror.apply(MirrorEvent.subscription(EventKind.CREATED, "s1", 1, T0,
        ProductDocument.subscription(LITE, "P", 1))))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("subscription.accountId"));
  }
}
