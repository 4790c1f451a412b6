package io.cspsdk.sync.twotier;

import static io.cspsdk.sync.store.internal.JdbcTransactions.update;

import io.cspsdk.billing.distributor.AttributedLine;
import io.cspsdk.billing.distributor.LedgerStore;
import io.cspsdk.billing.distributor.PeriodClosedException;
import io.cspsdk.billing.distributor.ResellerInvoice;
import io.cspsdk.billing.report.BillingPeriod;
import io.cspsdk.sync.store.JdbcSchema;
import io.cspsdk.sync.store.StoreException;
import io.cspsdk.sync.store.internal.JdbcTransactions;
import io.cspsdk.sync.twotier.internal.MirrorJson;
import io.cspsdk.sync.twotier.internal.StoredLine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@link LedgerStore} of distributor invoicing in any relational database reached through a {@link DataSource},
 * in standard SQL (tested on H2 and PostgreSQL 15); several ledgers (one per distributor) share the tables under
 * their own {@code ledgerKey}. Recorded lines are rows (JSON with every value of the line). A close is one
 * transaction: it locks the ledger's row, checks the last day closed is still the one the ledger closed against
 * (else {@link PeriodClosedException}, nothing written), then writes the period and its invoices (each as JSON, with
 * its total and currency as columns for queries) and deletes the lines they invoiced. The tables are created by
 * {@link #SCHEMA}.
 */
public final class JdbcLedgerStore implements LedgerStore {
  /** The store's schema: {@code io/cspsdk/sync/schema/V1__distributor_ledger.sql}. */
  public static final JdbcSchema SCHEMA = JdbcSchema.of("distributor-ledger",
      "/io/cspsdk/sync/schema/V1__distributor_ledger.sql");
  private static final String UNIQUE_VIOLATION = "23505";
  private static final int ATTEMPTS = 5;

  private final DataSource dataSource;
  private final String ledgerKey;
  private final Clock clock;

  /** The ledger {@code ledgerKey} in {@code dataSource}, stamping closes with {@code clock}; apply {@link #SCHEMA}. */
  public JdbcLedgerStore(DataSource dataSource, String ledgerKey, Clock clock) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.ledgerKey = Objects.requireNonNull(ledgerKey, "ledgerKey");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void record(AttributedLine line) {
    String body = MirrorJson.write(StoredLine.of(Objects.requireNonNull(line, "line")));
    for (int attempt = 1; ; attempt++) {
      try {
        JdbcTransactions.inTransaction(dataSource, "JDBC ledger store", c -> {
          long seq;
          try (PreparedStatement p = c.prepareStatement(
              "SELECT COALESCE(MAX(seq), 0) + 1 FROM distributor_ledger_line WHERE ledger_key = ?")) {
            p.setString(1, ledgerKey);
            try (ResultSet r = p.executeQuery()) {
              r.next();
              seq = r.getLong(1);
            }
          }
          update(c, "INSERT INTO distributor_ledger_line (ledger_key, seq, transaction_date, reseller_id, body) "
              + "VALUES (?, ?, ?, ?, ?)", ledgerKey, seq, line.line().transactionDate(), line.resellerId(), body);
        });
        return;
      } catch (StoreException e) {
        if (!(e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()))
            || attempt == ATTEMPTS) {
          throw e;
        }                                        // another node took the same sequence number: take the next
      }
    }
  }

  @Override
  public List<Recorded> pending() {
    List<Recorded> out = new ArrayList<>();
    JdbcTransactions.inTransaction(dataSource, "JDBC ledger store", c -> {
      try (PreparedStatement p = c.prepareStatement(
          "SELECT seq, body FROM distributor_ledger_line WHERE ledger_key = ? ORDER BY seq")) {
        p.setString(1, ledgerKey);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(new Recorded(r.getLong(1), MirrorJson.read(r.getString(2), StoredLine.class,
                "distributor_ledger_line(" + ledgerKey + ", " + r.getLong(1) + ")").line()));
          }
        }
      }
    });
    return List.copyOf(out);
  }

  @Override
  public Optional<LocalDate> closedThrough() {
    List<LocalDate> out = new ArrayList<>();
    JdbcTransactions.inTransaction(dataSource, "JDBC ledger store", c -> out.addAll(closedThrough(c, false)
        .stream().toList()));
    return out.stream().findFirst();
  }

  @Override
  public List<BillingPeriod> closedPeriods() {
    List<BillingPeriod> out = new ArrayList<>();
    JdbcTransactions.inTransaction(dataSource, "JDBC ledger store", c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT period_start, period_end FROM distributor_ledger_period "
          + "WHERE ledger_key = ? ORDER BY period_start")) {
        p.setString(1, ledgerKey);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(new BillingPeriod(r.getObject(1, LocalDate.class), r.getObject(2, LocalDate.class)));
          }
        }
      }
    });
    return List.copyOf(out);
  }

  @Override
  public List<ResellerInvoice> invoices(BillingPeriod period) {
    Objects.requireNonNull(period, "period");
    List<ResellerInvoice> out = new ArrayList<>();
    JdbcTransactions.inTransaction(dataSource, "JDBC ledger store", c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT i.seq, i.body FROM distributor_ledger_invoice i "
          + "JOIN distributor_ledger_period p ON p.ledger_key = i.ledger_key AND p.period_start = i.period_start "
          + "WHERE i.ledger_key = ? AND i.period_start = ? AND p.period_end = ? ORDER BY i.seq")) {
        p.setString(1, ledgerKey);
        p.setObject(2, period.start());
        p.setObject(3, period.end());
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(MirrorJson.read(r.getString(2), ResellerInvoice.class, "distributor_ledger_invoice("
                + ledgerKey + ", " + period.start() + ", " + r.getInt(1) + ")"));
          }
        }
      }
    });
    return List.copyOf(out);
  }

  @Override
  public void close(Optional<LocalDate> expectedClosedThrough, BillingPeriod period, List<ResellerInvoice> invoices,
                    long invoicedThroughSeq) {
    Objects.requireNonNull(period, "period");
    List<String> bodies = invoices.stream().map(MirrorJson::write).toList();
    try {
      JdbcTransactions.inTransaction(dataSource, "JDBC ledger store", c -> {
        Optional<LocalDate> now = closedThrough(c, true);
        if (!now.equals(expectedClosedThrough)) {
          throw refused(period, now);
        }
        if (now.isEmpty()) {
          update(c, "INSERT INTO distributor_ledger (ledger_key, closed_through) VALUES (?, ?)", ledgerKey,
              period.end());
        } else {
          update(c, "UPDATE distributor_ledger SET closed_through = ? WHERE ledger_key = ?", period.end(),
              ledgerKey);
        }
        update(c, "INSERT INTO distributor_ledger_period (ledger_key, period_start, period_end, closed_at) "
            + "VALUES (?, ?, ?, ?)", ledgerKey, period.start(), period.end(),
            OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        try (PreparedStatement p = c.prepareStatement("INSERT INTO distributor_ledger_invoice (ledger_key, "
            + "period_start, seq, reseller_id, total, currency, body) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
          for (int i = 0; i < invoices.size(); i++) {
            ResellerInvoice inv = invoices.get(i);
            p.setString(1, ledgerKey);
            p.setObject(2, period.start());
            p.setInt(3, i);
            p.setString(4, inv.resellerId());
            p.setBigDecimal(5, inv.total());
            p.setString(6, inv.currency());
            p.setString(7, bodies.get(i));
            p.addBatch();
          }
          p.executeBatch();
        }
        update(c, "DELETE FROM distributor_ledger_line WHERE ledger_key = ? AND seq <= ? AND transaction_date <= ?",
            ledgerKey, invoicedThroughSeq, period.end());
      });
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        throw refused(period, closedThrough());   // another node inserted the ledger's first close at the same time
      }
      throw e;
    }
  }

  private static PeriodClosedException refused(BillingPeriod period, Optional<LocalDate> closedThrough) {
    return new PeriodClosedException("closing " + period + " was refused: another close came first (closed through "
        + closedThrough.map(LocalDate::toString).orElse("nothing") + ")");
  }

  private Optional<LocalDate> closedThrough(Connection c, boolean lock) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT closed_through FROM distributor_ledger WHERE ledger_key = ?"
        + (lock ? " FOR UPDATE" : ""))) {
      p.setString(1, ledgerKey);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(r.getObject(1, LocalDate.class)) : Optional.empty();
      }
    }
  }
}
