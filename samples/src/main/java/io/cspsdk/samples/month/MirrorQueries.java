package io.cspsdk.samples.month;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Plain SQL on the discovery mirror: what landed, and the look-ups the later steps need. */
final class MirrorQueries {
  private final Story story;

  MirrorQueries(Story story) {
    this.story = story;
  }

  /** Prints a few queries on the mirror. */
  void printWhatLanded() {
    Console c = story.console;
    c.step("What landed: a few queries on the mirror");
    show("Subscriptions by status", "SELECT status, COUNT(*), SUM(quantity) FROM pc_subscription "
        + "WHERE removed = FALSE GROUP BY status ORDER BY status", List.of("status", "subscriptions", "seats"),
        false, true, true);
    show("Seats by product", "SELECT offer_name, COUNT(*), SUM(quantity) FROM pc_subscription WHERE removed = FALSE "
        + "GROUP BY offer_name ORDER BY SUM(quantity) DESC, offer_name",
        List.of("product", "subscriptions", "seats"), false, true, true);
    show("The five largest customers", "SELECT c.company_name, COUNT(*), SUM(s.quantity) FROM pc_subscription s "
        + "JOIN pc_customer c ON c.item_key = s.customer_id WHERE s.removed = FALSE "
        + "GROUP BY c.company_name ORDER BY SUM(s.quantity) DESC, c.company_name FETCH FIRST 5 ROWS ONLY",
        List.of("customer", "subscriptions", "seats"), false, true, true);
    if (story.env.appPlusUser()) {
      show("Licences in use", "SELECT sku_name, SUM(total_units), SUM(consumed_units), SUM(available_units) "
          + "FROM pc_subscribed_sku WHERE removed = FALSE GROUP BY sku_name "
          + "ORDER BY SUM(consumed_units) DESC, sku_name",
          List.of("licence", "total", "assigned", "free"), false, true, true, true);
    }
    show("Invoices", "SELECT i.item_key, i.invoice_date, i.total_charges, i.currency_code, COUNT(l.item_key) "
        + "FROM pc_invoice i LEFT JOIN pc_invoice_line_item l ON l.parent_key = i.item_key "
        + "GROUP BY i.item_key, i.invoice_date, i.total_charges, i.currency_code ORDER BY i.invoice_date",
        List.of("invoice", "date", "total", "currency", "lines"), false, false, true, false, true);
  }

  private void show(String title, String sql, List<String> header, boolean... right) {
    Console c = story.console;
    c.blank();
    c.say(title + ":");
    c.detail("SQL> " + sql);
    c.table("    ", header, rows(story.db, sql), right);
  }

  /** The rows of {@code sql}, every value as text (dates as days, decimals to the cent). */
  static List<List<String>> rows(DataSource db, String sql, Object... params) {
    try (Connection c = db.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      try (ResultSet r = p.executeQuery()) {
        List<List<String>> out = new ArrayList<>();
        int n = r.getMetaData().getColumnCount();
        while (r.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            row.add(text(r.getObject(i)));
          }
          out.add(row);
        }
        return out;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + sql + ": " + e.getMessage(), e);
    }
  }

  /** The first column of the first row, if any. */
  static Optional<String> first(DataSource db, String sql, Object... params) {
    return rows(db, sql, params).stream().findFirst().map(r -> r.get(0));
  }

  private static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof BigDecimal d) {
      return d.scale() > 2 ? d.setScale(2, RoundingMode.HALF_UP).toPlainString() : d.toPlainString();
    }
    if (v instanceof Timestamp t) {
      return t.toInstant().toString().substring(0, 10);
    }
    if (v instanceof java.time.OffsetDateTime t) {
      return t.toLocalDate().toString();
    }
    return v.toString();
  }
}
