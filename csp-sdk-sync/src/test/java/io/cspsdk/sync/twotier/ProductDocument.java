package io.cspsdk.sync.twotier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The product document's example: distributor "Cloud" ← reseller "Cloud Resell", which has a lite reseller
 * "Cloud Lite" with two customers (X and Y) and one customer of its own (End-Customer Z).
 */
final class ProductDocument {
  static final String DISTRIBUTOR = "cloud";
  static final String RESELLER = "cloud-resell";
  static final String LITE = "cloud-lite";
  static final String X = "customer-x";
  static final String Y = "customer-y";
  static final String Z = "end-customer-z";
  static final String RESELLER_TENANT = "3f1c2a56-0000-4000-8000-000000000001";
  static final String RESELLER_MPN = "5100001";
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private ProductDocument() {}

  static AccountState reseller() {
    return AccountState.reseller(DISTRIBUTOR, "Cloud Resell", "ACC-100", "billing@cloudresell.example",
        RESELLER_TENANT, RESELLER_MPN);
  }

  static AccountState lite() {
    return AccountState.liteReseller(RESELLER, "Cloud Lite", "ACC-110", "ops@cloudlite.example");
  }

  static AccountState customer(String parent, String name, String accounting) {
    return AccountState.endCustomer(parent, name, accounting, name.toLowerCase().replace(' ', '.') + "@example.com",
        null);
  }

  /** The accounts as events, parents first. */
  static List<MirrorEvent> accounts() {
    return List.of(
        MirrorEvent.account(RESELLER, 1, T0, reseller()),
        MirrorEvent.account(LITE, 1, T0, lite()),
        MirrorEvent.account(X, 1, T0, customer(LITE, "Cloud Customer X", "ACC-111")),
        MirrorEvent.account(Y, 1, T0, customer(LITE, "Cloud Customer Y", "ACC-112")),
        MirrorEvent.account(Z, 1, T0, customer(RESELLER, "Cloud End-Customer Z", "ACC-101")));
  }

  static SubscriptionState subscription(String account, String product, int quantity) {
    return new SubscriptionState(account, MirrorStatus.ACTIVE, LocalDate.of(2026, 1, 5), LocalDate.of(2027, 1, 4),
        LocalDate.of(2026, 1, 5), true, product, "monthly", quantity, Map.of("domain", account + ".example"),
        Optional.empty(), Optional.empty());
  }

  static SubscriptionState addOn(String account, String base, String product, int quantity) {
    return new SubscriptionState(account, MirrorStatus.ACTIVE, LocalDate.of(2026, 1, 5), LocalDate.of(2027, 1, 4),
        LocalDate.of(2026, 1, 5), true, product, "monthly", quantity, Map.of(), Optional.of(base), Optional.empty());
  }

  static TwoTierMirror seeded(MirrorStore store) {
    TwoTierMirror mirror = new TwoTierMirror(DISTRIBUTOR, store, java.time.Clock.fixed(T0, java.time.ZoneOffset.UTC));
    mirror.applyAll(accounts());
    return mirror;
  }
}
