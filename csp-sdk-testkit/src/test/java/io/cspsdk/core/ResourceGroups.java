package io.cspsdk.core;

import io.cspsdk.core.audit.AuditRecords;
import io.cspsdk.core.catalog.Catalog;
import io.cspsdk.core.customers.Customers;
import io.cspsdk.core.domains.Domains;
import io.cspsdk.core.internal.audit.AuditRecordsImpl;
import io.cspsdk.core.internal.catalog.CatalogImpl;
import io.cspsdk.core.internal.customers.CustomersImpl;
import io.cspsdk.core.internal.domains.DomainsImpl;
import io.cspsdk.core.internal.invoices.InvoicesImpl;
import io.cspsdk.core.internal.licenses.LicensesImpl;
import io.cspsdk.core.internal.orders.CartsImpl;
import io.cspsdk.core.internal.orders.OrdersImpl;
import io.cspsdk.core.internal.subscriptions.SubscriptionsImpl;
import io.cspsdk.core.internal.support.ServiceRequestsImpl;
import io.cspsdk.core.internal.users.UsersImpl;
import io.cspsdk.core.invoices.Invoices;
import io.cspsdk.core.licenses.Licenses;
import io.cspsdk.core.orders.Carts;
import io.cspsdk.core.orders.Orders;
import io.cspsdk.core.subscriptions.Subscriptions;
import io.cspsdk.core.support.ServiceRequests;
import io.cspsdk.core.users.Users;
import java.time.Clock;

/** The client's resource groups over its one pipeline (the same objects the client's accessors hand out). */
public final class ResourceGroups {
  private final PartnerCenterClient client;
  private final Clock clock;
  private final Sleeper sleeper;

  public ResourceGroups(PartnerCenterClient client, Clock clock, Sleeper sleeper) {
    this.client = client;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  public Customers customers() {
    return new CustomersImpl(client.caller());
  }

  public Domains domains() {
    return new DomainsImpl(client.caller());
  }

  public Catalog catalog() {
    return new CatalogImpl(client.caller());
  }

  public Carts carts(String customerId) {
    return new CartsImpl(client.caller(), customerId);
  }

  public Orders orders(String customerId) {
    return new OrdersImpl(client.caller(), customerId);
  }

  public Subscriptions subscriptions(String customerId) {
    return new SubscriptionsImpl(client.caller(), customerId);
  }

  public Users users(String customerId) {
    return new UsersImpl(client.caller(), customerId);
  }

  public Licenses licenses(String customerId) {
    return new LicensesImpl(client.caller(), customerId);
  }

  public Invoices invoices() {
    return new InvoicesImpl(client.caller(), clock, sleeper);
  }

  public AuditRecords auditRecords() {
    return new AuditRecordsImpl(client.caller());
  }

  public ServiceRequests serviceRequests() {
    return new ServiceRequestsImpl(client.caller());
  }
}
