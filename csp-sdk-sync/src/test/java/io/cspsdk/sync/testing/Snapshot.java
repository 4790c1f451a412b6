package io.cspsdk.sync.testing;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.model.Customer;
import io.cspsdk.core.model.Invoice;
import io.cspsdk.core.model.License;
import io.cspsdk.core.model.Order;
import io.cspsdk.core.model.ReconciliationLineItem;
import io.cspsdk.core.model.SubscribedSku;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.User;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * A partner's data as rows, table by table, read two independent ways: straight from Partner Center (sequentially,
 * through the client) or from a mirror database. Equal snapshots mean the mirror equals Partner Center.
 */
public final class Snapshot {
  private Snapshot() {}

  /** Partner Center's state, read sequentially. */
  public static Map<String, TreeSet<String>> ofPartnerCenter(PartnerCenterClient pc, boolean invoices) {
    Map<String, TreeSet<String>> t = tables(invoices);
    for (Customer c : pc.customers().list()) {
      String id = c.id();
      t.get("pc_customer").add(row(id, c.companyProfile().flatMap(p -> p.companyName())));
      for (Subscription s : pc.subscriptions(id).list()) {
        t.get("pc_subscription").add(row(s.id(), id, s.parentSubscriptionId(), s.offerId(), s.quantity(),
            s.status().toString()));
      }
      for (User u : pc.users(id).list()) {
        String uid = u.id();
        t.get("pc_user").add(row(uid, id, u.userPrincipalName(), u.state().map(Object::toString)));
        for (License l : pc.licenses(id).userLicenses(uid, java.util.List.of("Group1", "Group2"),
            io.cspsdk.core.RequestOptions.none())) {
          String sku = l.productSku().flatMap(p -> p.id()).orElseThrow();
          t.get("pc_license").add(row(uid + "/" + sku, id, uid, sku));
        }
      }
      for (SubscribedSku s : pc.licenses(id).subscribedSkus(java.util.List.of("Group1", "Group2"),
          io.cspsdk.core.RequestOptions.none())) {
        String sku = s.productSku().flatMap(p -> p.id()).orElseThrow();
        t.get("pc_subscribed_sku").add(row(id + "/" + sku, id, s.totalUnits(), s.consumedUnits()));
      }
      for (Order o : pc.orders(id).list()) {
        t.get("pc_order").add(row(o.id(), id, o.status().toString()));
      }
    }
    if (invoices) {
      for (Invoice inv : pc.invoices().list()) {
        String id = inv.id();
        t.get("pc_invoice").add(row(id, inv.totalCharges().map(BigDecimal::stripTrailingZeros)));
        int n = 0;
        for (ReconciliationLineItem l : pc.invoices().billedLineItems(id)) {
          t.get("pc_invoice_line_item").add(row(id + "/" + (++n), id, l.subscriptionId(),
              l.subtotal().map(BigDecimal::stripTrailingZeros)));
        }
      }
    }
    return t;
  }

  /** The mirror's rows that are not marked removed. */
  public static Map<String, TreeSet<String>> ofMirror(DataSource ds, boolean invoices) {
    Map<String, TreeSet<String>> t = tables(invoices);
    query(ds, t.get("pc_customer"), "SELECT item_key, company_name FROM pc_customer");
    query(ds, t.get("pc_subscription"), "SELECT item_key, customer_id, parent_key, offer_id, quantity, status "
        + "FROM pc_subscription");
    query(ds, t.get("pc_user"), "SELECT item_key, customer_id, user_principal_name, state FROM pc_user");
    query(ds, t.get("pc_license"), "SELECT item_key, customer_id, parent_key, sku_id FROM pc_license");
    query(ds, t.get("pc_subscribed_sku"), "SELECT item_key, customer_id, total_units, consumed_units "
        + "FROM pc_subscribed_sku");
    query(ds, t.get("pc_order"), "SELECT item_key, customer_id, status FROM pc_order");
    if (invoices) {
      query(ds, t.get("pc_invoice"), "SELECT item_key, total_charges FROM pc_invoice");
      query(ds, t.get("pc_invoice_line_item"), "SELECT item_key, parent_key, subscription_id, subtotal "
          + "FROM pc_invoice_line_item");
    }
    return t;
  }

  /** Rows per table of the whole mirror, removed ones included (duplicates would show here). */
  public static long count(DataSource ds, String sql) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of every row of a query. */
  public static java.util.List<String> strings(DataSource ds, String sql) {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  private static Map<String, TreeSet<String>> tables(boolean invoices) {
    Map<String, TreeSet<String>> t = new TreeMap<>();
    for (String name : new String[] {"pc_customer", "pc_subscription", "pc_user", "pc_license", "pc_subscribed_sku",
        "pc_order"}) {
      t.put(name, new TreeSet<>());
    }
    if (invoices) {
      t.put("pc_invoice", new TreeSet<>());
      t.put("pc_invoice_line_item", new TreeSet<>());
    }
    return t;
  }

  private static void query(DataSource ds, TreeSet<String> out, String sql) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
         ResultSet r = s.executeQuery(sql + " WHERE removed = FALSE")) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
          Object v = r.getObject(i + 1);
          values[i] = v instanceof BigDecimal b ? b.stripTrailingZeros() : v;
        }
        out.add(row(values));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String row(Object... values) {
    StringBuilder b = new StringBuilder();
    for (Object v : values) {
      Object plain = v instanceof Optional<?> o ? o.orElse(null) : v;
      b.append(b.length() == 0 ? "" : "|").append(plain instanceof BigDecimal d ? d.toPlainString() : plain);
    }
    return b.toString();
  }
}
