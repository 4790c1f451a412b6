package io.cspsdk.testkit.internal.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.testkit.internal.catalog.Catalog;
import io.cspsdk.testkit.internal.server.ApiError;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything the fake Partner Center knows. Not thread-safe by itself: every handler and every clock-driven
 * change runs while holding {@link #lock}.
 */
public final class FakeState {
  public final Object lock = new Object();
  public final Clock clock;
  public final Ids ids;
  public Catalog catalog = Catalog.builtIn();
  public String partnerId;
  public String partnerName = "Fabrikam CSP";
  public String mpnId = "1234567";
  public final Map<String, CustomerRec> customers = new LinkedHashMap<>();
  public final Map<String, InvoiceRec> invoices = new LinkedHashMap<>();
  public final List<ObjectNode> auditRecords = new ArrayList<>();
  public final List<ObjectNode> serviceRequests = new ArrayList<>();
  public final Map<String, ExportOperation> exports = new LinkedHashMap<>();
  /** Indirect resellers of this partner by lower-case tenant id. */
  public final Map<String, ResellerRec> resellers = new LinkedHashMap<>();
  /** The last instant the clock-driven processing (renewals, invoices) has caught up to. */
  public Instant processedUntil;
  /** When the next monthly invoice is due: 00:00 UTC on the first of a month. */
  public Instant nextInvoiceAt;
  /** Unbilled charges waiting for the next invoice, per customer id. */
  public String currency = "USD";
  private long auditSequence;

  public FakeState(Clock clock, long seed) {
    this.clock = clock;
    this.ids = new Ids(seed);
    reset();
  }

  public void reset() {
    ids.reset();
    customers.clear();
    invoices.clear();
    auditRecords.clear();
    auditSequence = 0;
    serviceRequests.clear();
    exports.clear();
    resellers.clear();
    catalog = Catalog.builtIn();
    partnerId = ids.guid();
    processedUntil = clock.instant();
    nextInvoiceAt = processedUntil.atZone(java.time.ZoneOffset.UTC).toLocalDate().withDayOfMonth(1)
        .plusMonths(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
  }

  public Instant now() {
    return clock.instant();
  }

  public CustomerRec customer(String id) {
    CustomerRec c = id == null ? null : customers.get(id.toLowerCase(Locale.ROOT));
    if (c == null) {
      throw ApiError.notFound(1000, "Customer " + id + " was not found.");
    }
    return c;
  }

  public void putCustomer(CustomerRec c) {
    customers.put(c.id.toLowerCase(Locale.ROOT), c);
  }

  public SubscriptionRec subscription(CustomerRec c, String id) {
    SubscriptionRec s = id == null ? null : c.subscriptions.get(id.toLowerCase(Locale.ROOT));
    if (s == null) {
      throw ApiError.notFound(20003, "Subscription " + id + " was not found for customer " + c.id + ".");
    }
    return s;
  }

  public UserRec user(CustomerRec c, String id) {
    UserRec u = id == null ? null : c.users.get(id.toLowerCase(Locale.ROOT));
    if (u == null) {
      throw ApiError.notFound(60002, "User " + id + " was not found.");
    }
    return u;
  }

  /** The indirect reseller with this MPN id, or null. */
  public ResellerRec resellerByMpnId(String mpnId) {
    for (ResellerRec r : resellers.values()) {
      if (r.mpnId.equalsIgnoreCase(mpnId)) {
        return r;
      }
    }
    return null;
  }

  public boolean domainTaken(String domain) {
    String d = domain.toLowerCase(Locale.ROOT);
    for (CustomerRec c : customers.values()) {
      if (d.equalsIgnoreCase(c.domain())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Appends an audit record of a partner operation at {@code at}; fill in its resource values and customized data
   * on the returned entry. Operations Microsoft performs on its own (renewals, term ends) are not partner
   * operations and are not audited.
   */
  public AuditEntry audit(CustomerRec c, String resourceType, String operationType, Instant at) {
    ObjectNode a = Jsons.object();
    a.put("id", "");
    a.put("partnerId", partnerId);
    if (c != null) {
      a.put("customerId", c.id);
      a.put("customerName", c.companyName());
    }
    a.put("userPrincipalName", "admin@fabrikamcsp.onmicrosoft.com");
    a.put("applicationId", "csp-sdk-testkit");
    a.put("resourceType", resourceType);
    a.put("operationType", operationType);
    a.put("operationDate", "");
    a.put("operationStatus", "succeeded");
    a.putArray("customizedData");
    Jsons.attributes(a, "AuditRecord");
    AuditEntry e = new AuditEntry(a, ++auditSequence);
    e.stamp(at);
    auditRecords.add(a);
    return e;
  }

  /** {@link #audit(CustomerRec, String, String, Instant)} now. */
  public AuditEntry audit(CustomerRec c, String resourceType, String operationType) {
    return audit(c, resourceType, operationType, now());
  }
}
