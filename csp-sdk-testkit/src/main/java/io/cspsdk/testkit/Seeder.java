package io.cspsdk.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.testkit.internal.catalog.CatalogItem;
import io.cspsdk.testkit.internal.handlers.Commerce;
import io.cspsdk.testkit.internal.handlers.CustomerFactory;
import io.cspsdk.testkit.internal.handlers.CustomerViews;
import io.cspsdk.testkit.internal.handlers.LicenceHandlers;
import io.cspsdk.testkit.internal.handlers.UserHandlers;
import io.cspsdk.testkit.internal.state.AuditEntry;
import io.cspsdk.testkit.internal.state.CustomerRec;
import io.cspsdk.testkit.internal.state.FakeState;
import io.cspsdk.testkit.internal.state.ResellerRec;
import io.cspsdk.testkit.internal.state.Jsons;
import io.cspsdk.testkit.internal.state.SeatLot;
import io.cspsdk.testkit.internal.state.SubscriptionEvent;
import io.cspsdk.testkit.internal.state.SubscriptionRec;
import io.cspsdk.testkit.internal.state.UserRec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fluent seeding of a fake's state; each call applies at once, with ids drawn deterministically from the fake's
 * seed. {@code subscription}, {@code addOn}, {@code users} and {@code user} apply to the latest customer;
 * {@code startedDaysAgo}, {@code autoRenew} and {@code addOn} to the latest subscription. Example:
 * {@code fake.seed().customer("Contoso").subscription("CFQ7TTC0LH18:0001", 10).users(5)}.
 */
public final class Seeder {
  private final FakeState state;
  private final Commerce commerce;
  private CustomerRec customer;
  private SubscriptionRec subscription;
  private String lastResellerId;
  private final List<String> customerIds = new ArrayList<>();
  private final List<String> subscriptionIds = new ArrayList<>();

  Seeder(FakeState state, Commerce commerce) {
    this.state = state;
    this.commerce = commerce;
  }

  /** A customer with domain {@code <name without spaces>.onmicrosoft.com} (made unique if taken), in the US. */
  public Seeder customer(String companyName) {
    String base = companyName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (base.isEmpty()) {
      base = "customer";
    }
    synchronized (state.lock) {
      String domain = base + ".onmicrosoft.com";
      for (int i = 2; state.domainTaken(domain); i++) {
        domain = base + i + ".onmicrosoft.com";
      }
      return customer(companyName, domain);
    }
  }

  /** A customer with this {@code *.onmicrosoft.com} domain. */
  public Seeder customer(String companyName, String domain) {
    synchronized (state.lock) {
      if (state.domainTaken(domain)) {
        throw new IllegalArgumentException("domain: already taken: " + domain);
      }
      customer = CustomerFactory.create(state, companyName, domain.toLowerCase(Locale.ROOT), null, null);
      state.audit(customer, "customer", "add_customer").newValue(CustomerViews.customer(customer));
      subscription = null;
      customerIds.add(customer.id);
      return this;
    }
  }

  /** {@code n} customers named "Customer 0001", "Customer 0002", ... */
  public Seeder customers(int n) {
    int start = state.customers.size();
    for (int i = 1; i <= n; i++) {
      customer(String.format("Customer %04d", start + i));
    }
    return this;
  }

  /** Marks the latest customer as having accepted the Microsoft Customer Agreement. */
  public Seeder agreementAccepted() {
    synchronized (state.lock) {
      var a = Jsons.object();
      a.put("type", "MicrosoftCustomerAgreement");
      a.put("dateAgreed", Jsons.time(state.now()));
      Jsons.attributes(a, "Agreement");
      requireCustomer().agreements.add(a);
      return this;
    }
  }

  /** A one-year, monthly-billed, auto-renewing subscription bought now. */
  public Seeder subscription(String catalogItemId, int quantity) {
    return subscription(catalogItemId, quantity, "P1Y", "monthly");
  }

  public Seeder subscription(String catalogItemId, int quantity, String termDuration, String billingCycle) {
    synchronized (state.lock) {
      CustomerRec c = requireCustomer();
      CatalogItem item = item(catalogItemId);
      Commerce.Purchase p = new Commerce.Purchase(item, quantity, item.usageBased() ? "P1M" : termDuration,
          billingCycle, null, null, null, null);
      if (c.agreements.isEmpty() && commerce.requiresCustomerAgreement()) {
        agreementAccepted(); // a customer who bought has accepted the agreement
      }
      validate(c, p);
      subscription = buy(c, p, resellerMpnIdOf(c));
      subscriptionIds.add(subscription.id);
      return this;
    }
  }

  /** An add-on attached to the latest subscription (coterminous with it). */
  public Seeder addOn(String catalogItemId, int quantity) {
    synchronized (state.lock) {
      CustomerRec c = requireCustomer();
      SubscriptionRec base = requireSubscription();
      Commerce.Purchase p = new Commerce.Purchase(item(catalogItemId), quantity, base.termDuration,
          base.billingCycle, base.id, null, null, null);
      validate(c, p);
      SubscriptionRec addOn = buy(c, p, base.partnerId);
      subscriptionIds.add(addOn.id);
      return this;
    }
  }

  /** Buys as a one-line order would: the order (with its line) and its {@code create_order} audit record. */
  private SubscriptionRec buy(CustomerRec c, Commerce.Purchase p, String resellerMpnId) {
    String orderId = state.ids.guid();
    SubscriptionRec s = commerce.purchase(c, p, orderId);
    s.partnerId = resellerMpnId;
    ArrayNode lines = Jsons.array();
    lines.add(Commerce.orderLine(0, s, "new"));
    commerce.recordOrder(c, orderId, s.billingCycle, lines, state.now(), true);
    return s;
  }

  public Seeder autoRenew(boolean enabled) {
    synchronized (state.lock) {
      requireSubscription().autoRenew = enabled;
      return this;
    }
  }

  /**
   * Moves the latest subscription's purchase {@code days} into the past (with its add-ons): its term dates,
   * cancellation window and seat-reduction windows move with it. The term may not have ended yet.
   */
  public Seeder startedDaysAgo(int days) {
    synchronized (state.lock) {
      SubscriptionRec base = requireSubscription();
      Duration back = Duration.ofDays(days);
      for (SubscriptionRec s : customer.subscriptions.values()) {
        if (s == base || base.id.equals(s.parentSubscriptionId)) {
          shift(s, back);
          backdateOrder(customer, s.orderId, back);
        }
      }
      if (!base.termEnd.isAfter(state.now())) {
        throw new IllegalArgumentException("days: the term would already have ended (" + days + " days ago)");
      }
      return this;
    }
  }

  /**
   * Moves the order of a back-dated purchase and its {@code create_order} record to the purchase time; the
   * customer's {@code add_customer} record moves too when it would otherwise come after its own purchase.
   */
  private void backdateOrder(CustomerRec c, String orderId, Duration back) {
    ObjectNode order = c.orders.get(orderId.toLowerCase(Locale.ROOT));
    Instant at = Jsons.parseTime(order.get("creationDate").asText()).minus(back);
    order.put("creationDate", Jsons.time(at));
    for (ObjectNode r : state.auditRecords) {
      if (!c.id.equals(r.path("customerId").asText())) {
        continue;
      }
      String op = r.path("operationType").asText();
      if (op.equals("create_order") && orderId.equals(AuditEntry.data(r, "OrderId"))) {
        AuditEntry.backdate(r, back);
        r.put("resourceNewValue", AuditEntry.resourceText(order));
      } else if (op.equals("add_customer")) {
        Instant added = Jsons.parseTime(r.get("operationDate").asText());
        if (added.isAfter(at)) {
          AuditEntry.backdate(r, Duration.between(at, added));
        }
      }
    }
  }

  private static void shift(SubscriptionRec s, Duration back) {
    s.creationDate = s.creationDate.minus(back);
    s.termStart = s.termStart.minus(back);
    s.termEnd = s.termEnd.minus(back);
    s.windowStart = s.windowStart.minus(back);
    List<SeatLot> lots = new ArrayList<>(s.lots);
    s.lots.clear();
    for (SeatLot l : lots) {
      s.lots.add(new SeatLot(l.quantity, l.removableUntil.minus(back)));
    }
    List<SubscriptionEvent> events = new ArrayList<>(s.history);
    s.history.clear();
    for (SubscriptionEvent e : events) {
      s.history.add(new SubscriptionEvent(e.kind(), e.at().minus(back), e.quantity(), e.quantityAfter()));
    }
  }

  /** {@code n} active users user001@domain, ... without licences. */
  public Seeder users(int n) {
    synchronized (state.lock) {
      CustomerRec c = requireCustomer();
      int start = c.users.size();
      for (int i = 1; i <= n; i++) {
        addUser(c, String.format("user%03d@%s", start + i, c.domain()), List.of());
      }
      return this;
    }
  }

  /** One active user holding licences of the given licence SKU ids (GUIDs, as in subscribedskus). */
  public Seeder user(String userPrincipalName, String... licenceSkuIds) {
    synchronized (state.lock) {
      List<String> skus = new ArrayList<>();
      for (String sku : licenceSkuIds) {
        skus.add(sku.toLowerCase(Locale.ROOT));
      }
      addUser(requireCustomer(), userPrincipalName, skus);
      return this;
    }
  }

  private UserRec addUser(CustomerRec c, String upn, List<String> licences) {
    UserRec u = new UserRec(state.ids.guid(), c.id, upn, state.now());
    String local = upn.substring(0, upn.indexOf('@'));
    u.firstName = Character.toUpperCase(local.charAt(0)) + local.substring(1);
    u.lastName = "Test";
    u.displayName = u.firstName + " Test";
    u.usageLocation = c.country() == null ? "US" : c.country();
    c.users.put(u.id, u);
    UserHandlers.audit(state, c, u, "create_customer_user", null);
    if (!licences.isEmpty()) {
      LicenceHandlers.apply(state, c, u, licences, List.of());
    }
    return u;
  }

  /**
   * An indirect reseller of the fake's partner, which then plays an indirect provider (distributor): listed by
   * {@code GET /relationships?relationship_type=IsIndirectCloudSolutionProviderOf}, tenant id from the seed.
   */
  public Seeder indirectReseller(String name, String mpnId, String country) {
    synchronized (state.lock) {
      if (name == null || name.isBlank() || mpnId == null || mpnId.isBlank()) {
        throw new IllegalArgumentException("indirectReseller: name and mpnId are required");
      }
      if (state.resellerByMpnId(mpnId) != null) {
        throw new IllegalArgumentException("mpnId: already an indirect reseller: " + mpnId);
      }
      ResellerRec r = new ResellerRec(state.ids.guid(), name, mpnId, country);
      state.resellers.put(r.tenantId.toLowerCase(Locale.ROOT), r);
      lastResellerId = r.tenantId;
      return this;
    }
  }

  /**
   * Makes the latest customer a customer of the indirect reseller with this MPN id ({@code associatedPartnerId},
   * the {@code IndirectReseller} filter, {@code /customers/{id}/relationships}); subscriptions seeded for it
   * afterwards carry the reseller's MPN id as {@code partnerId} and in their reconciliation lines.
   */
  public Seeder soldThrough(String resellerMpnId) {
    synchronized (state.lock) {
      ResellerRec r = state.resellerByMpnId(resellerMpnId);
      if (r == null) {
        throw new IllegalArgumentException("resellerMpnId: not an indirect reseller: " + resellerMpnId);
      }
      requireCustomer().json.put("associatedPartnerId", r.tenantId);
      return this;
    }
  }

  /** Sets the latest subscription's {@code partnerId} (an attribution that may disagree with the customer's). */
  public Seeder attributedTo(String resellerMpnId) {
    synchronized (state.lock) {
      requireSubscription().partnerId = resellerMpnId;
      return this;
    }
  }

  /** The tenant id of the latest seeded indirect reseller. */
  public String lastResellerId() {
    if (lastResellerId == null) {
      throw new IllegalStateException("no indirect reseller seeded yet");
    }
    return lastResellerId;
  }

  private String resellerMpnIdOf(CustomerRec c) {
    String tenant = Jsons.text(c.json, "associatedPartnerId");
    ResellerRec r = tenant == null ? null : state.resellers.get(tenant.toLowerCase(Locale.ROOT));
    return r == null ? null : r.mpnId;
  }

  /** The id of the latest seeded customer. */
  public String lastCustomerId() {
    return requireCustomer().id;
  }

  /** The id of the latest seeded subscription (or add-on). */
  public String lastSubscriptionId() {
    if (subscriptionIds.isEmpty()) {
      throw new IllegalStateException("no subscription seeded yet");
    }
    return subscriptionIds.get(subscriptionIds.size() - 1);
  }

  /** Ids of the customers seeded through this seeder, in order. */
  public List<String> customerIds() {
    return List.copyOf(customerIds);
  }

  /** Ids of the subscriptions and add-ons seeded through this seeder, in order. */
  public List<String> subscriptionIds() {
    return List.copyOf(subscriptionIds);
  }

  /** Partner Center's rules apply to seeding too; a refusal is a programming error in the seeding code. */
  private void validate(CustomerRec c, Commerce.Purchase p) {
    try {
      commerce.validate(c, p);
    } catch (io.cspsdk.testkit.internal.server.ApiError e) {
      throw new IllegalArgumentException(p.item().catalogItemId() + ": " + e.getMessage() + " (Partner Center code "
          + e.code() + ")", e);
    }
  }

  private CatalogItem item(String catalogItemId) {
    return state.catalog.find(catalogItemId)
        .orElseThrow(() -> new IllegalArgumentException("catalogItemId: not in the catalog: " + catalogItemId));
  }

  private CustomerRec requireCustomer() {
    if (customer == null) {
      throw new IllegalStateException("seed a customer first");
    }
    return customer;
  }

  private SubscriptionRec requireSubscription() {
    if (subscription == null) {
      throw new IllegalStateException("seed a subscription first");
    }
    return subscription;
  }
}
