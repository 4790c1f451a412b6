package io.cspsdk.sync.discovery.internal;

import io.cspsdk.core.model.Customer;
import io.cspsdk.core.model.Invoice;
import io.cspsdk.core.model.License;
import io.cspsdk.core.model.Order;
import io.cspsdk.core.model.ProductSku;
import io.cspsdk.core.model.ReconciliationLineItem;
import io.cspsdk.core.model.SubscribedSku;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.User;
import io.cspsdk.sync.discovery.DiscoveredItem;
import io.cspsdk.sync.discovery.ItemKind;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One mirror table: its name, its typed columns and how each is read from an item; and its upsert/removal SQL. */
public final class MirrorTable {
  private record Column(String name, String type, Function<Object, Object> read) {}

  private static final Map<ItemKind, MirrorTable> TABLES = new EnumMap<>(ItemKind.class);

  static {
    add(ItemKind.CUSTOMER, "pc_customer", Customer.class, t -> t
        .col("company_name", "VARCHAR(300)", c -> c.companyProfile().flatMap(p -> p.companyName()))
        .col("domain", "VARCHAR(300)", c -> c.companyProfile().flatMap(p -> p.domain()))
        .col("tenant_id", "VARCHAR(64)", c -> c.companyProfile().flatMap(p -> p.tenantId()))
        .col("relationship", "VARCHAR(60)", Customer::relationshipToPartner));
    add(ItemKind.SUBSCRIPTION, "pc_subscription", Subscription.class, t -> t
        .col("offer_id", "VARCHAR(200)", Subscription::offerId)
        .col("offer_name", "VARCHAR(300)", Subscription::offerName)
        .col("quantity", "INTEGER", Subscription::quantity)
        .col("status", "VARCHAR(40)", Subscription::status)
        .col("billing_cycle", "VARCHAR(40)", Subscription::billingCycle)
        .col("term_duration", "VARCHAR(20)", Subscription::termDuration)
        .col("auto_renew", "BOOLEAN", Subscription::autoRenewEnabled)
        .col("commitment_end_date", "TIMESTAMP WITH TIME ZONE", Subscription::commitmentEndDate));
    add(ItemKind.USER, "pc_user", User.class, t -> t
        .col("user_principal_name", "VARCHAR(300)", User::userPrincipalName)
        .col("display_name", "VARCHAR(300)", User::displayName)
        .col("state", "VARCHAR(40)", User::state)
        .col("usage_location", "VARCHAR(10)", User::usageLocation));
    add(ItemKind.LICENSE, "pc_license", License.class, t -> t
        .col("sku_id", "VARCHAR(64)", l -> l.productSku().flatMap(ProductSku::id))
        .col("sku_name", "VARCHAR(300)", l -> l.productSku().flatMap(ProductSku::name)));
    add(ItemKind.SUBSCRIBED_SKU, "pc_subscribed_sku", SubscribedSku.class, t -> t
        .col("sku_id", "VARCHAR(64)", s -> s.productSku().flatMap(ProductSku::id))
        .col("sku_name", "VARCHAR(300)", s -> s.productSku().flatMap(ProductSku::name))
        .col("total_units", "INTEGER", SubscribedSku::totalUnits)
        .col("consumed_units", "INTEGER", SubscribedSku::consumedUnits)
        .col("available_units", "INTEGER", SubscribedSku::availableUnits));
    add(ItemKind.ORDER, "pc_order", Order.class, t -> t
        .col("status", "VARCHAR(40)", Order::status)
        .col("creation_date", "TIMESTAMP WITH TIME ZONE", Order::creationDate)
        .col("currency_code", "VARCHAR(10)", Order::currencyCode)
        .col("line_item_count", "INTEGER", o -> o.lineItems().size()));
    add(ItemKind.INVOICE, "pc_invoice", Invoice.class, t -> t
        .col("invoice_date", "TIMESTAMP WITH TIME ZONE", Invoice::invoiceDate)
        .col("total_charges", "NUMERIC(28, 10)", Invoice::totalCharges)
        .col("currency_code", "VARCHAR(10)", Invoice::currencyCode));
    add(ItemKind.INVOICE_LINE_ITEM, "pc_invoice_line_item", ReconciliationLineItem.class, t -> t
        .col("subscription_id", "VARCHAR(64)", ReconciliationLineItem::subscriptionId)
        .col("product_id", "VARCHAR(64)", ReconciliationLineItem::productId)
        .col("sku_id", "VARCHAR(64)", ReconciliationLineItem::skuId)
        .col("charge_type", "VARCHAR(60)", ReconciliationLineItem::chargeType)
        .col("quantity", "NUMERIC(28, 10)", ReconciliationLineItem::quantity)
        .col("subtotal", "NUMERIC(28, 10)", ReconciliationLineItem::subtotal)
        .col("total_for_customer", "NUMERIC(28, 10)", ReconciliationLineItem::totalForCustomer)
        .col("currency", "VARCHAR(10)", ReconciliationLineItem::currency)
        .col("charge_start_date", "TIMESTAMP WITH TIME ZONE", ReconciliationLineItem::chargeStartDate)
        .col("charge_end_date", "TIMESTAMP WITH TIME ZONE", ReconciliationLineItem::chargeEndDate));
  }

  private final String name;
  private final List<Column> columns = new ArrayList<>();
  private String upsert;

  private MirrorTable(String name) {
    this.name = name;
  }

  private static <T> void add(ItemKind kind, String name, Class<T> type, Function<Typed<T>, Typed<T>> columns) {
    MirrorTable t = new MirrorTable(name);
    columns.apply(new Typed<>(t, type));
    t.upsert = t.buildUpsert();
    TABLES.put(kind, t);
  }

  private static final class Typed<T> {
    private final MirrorTable table;
    private final Class<T> type;

    Typed(MirrorTable table, Class<T> type) {
      this.table = table;
      this.type = type;
    }

    Typed<T> col(String name, String sqlType, Function<T, Object> read) {
      table.columns.add(new Column(name, sqlType, v -> read.apply(type.cast(v))));
      return this;
    }
  }

  /** The table of a kind. */
  public static MirrorTable of(ItemKind kind) {
    return TABLES.get(kind);
  }

  /** The table's name. */
  public String name() {
    return name;
  }

  /** The names of the typed columns. */
  public List<String> typedColumns() {
    return columns.stream().map(Column::name).toList();
  }

  /** MERGE upsert with one row of parameters: {@link #upsertValues}. */
  public String upsertSql() {
    return upsert;
  }

  /** UPDATE marking a row removed: parameters run id, time, key. */
  public String removeSql() {
    return "UPDATE " + name + " SET removed = TRUE, removed_in_run = ?, updated_at = ? WHERE item_key = ?";
  }

  /** The upsert's parameters for an item seen in {@code runId}. */
  public List<Object> upsertValues(DiscoveredItem item, String runId, OffsetDateTime now) {
    List<Object> v = new ArrayList<>();
    v.add(item.key());
    v.add(item.customerId().orElse(null));
    v.add(item.parentKey().orElse(null));
    Object value = item.value().orElseThrow();
    for (Column c : columns) {
      v.add(jdbc(c.read().apply(value)));
    }
    v.add(item.contentHash());
    v.add(runId);
    v.add(now);
    return v;
  }

  private String buildUpsert() {
    List<String> names = new ArrayList<>(List.of("item_key", "customer_id", "parent_key"));
    List<String> types = new ArrayList<>(List.of("VARCHAR(300)", "VARCHAR(64)", "VARCHAR(300)"));
    columns.forEach(c -> {
      names.add(c.name());
      types.add(c.type());
    });
    names.addAll(List.of("content_hash", "last_seen_run", "updated_at"));
    types.addAll(List.of("VARCHAR(64)", "VARCHAR(64)", "TIMESTAMP WITH TIME ZONE"));
    String params = types.stream().map(t -> "CAST(? AS " + t + ")").collect(Collectors.joining(", "));
    String set = names.stream().filter(n -> !n.equals("item_key")).map(n -> n + " = s." + n)
        .collect(Collectors.joining(", "));
    return "MERGE INTO " + name + " t USING (VALUES (" + params + ")) AS s(" + String.join(", ", names) + ") "
        + "ON (t.item_key = s.item_key) "
        + "WHEN MATCHED THEN UPDATE SET " + set + ", removed = FALSE, removed_in_run = NULL "
        + "WHEN NOT MATCHED THEN INSERT (" + String.join(", ", names) + ", removed, first_seen_run) VALUES ("
        + names.stream().map(n -> "s." + n).collect(Collectors.joining(", ")) + ", FALSE, s.last_seen_run)";
  }

  private static Object jdbc(Object v) {
    if (v instanceof Optional<?> o) {
      v = o.orElse(null);
    }
    if (v instanceof OffsetDateTime t) {
      return t.withOffsetSameInstant(ZoneOffset.UTC);
    }
    if (v instanceof io.cspsdk.core.model.OpenEnum e) {
      return e.value();
    }
    return v;
  }
}
