package io.cspsdk.billing.distributor;

import io.cspsdk.billing.report.BillingPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a {@link DistributorLedger} keeps its state: the lines recorded and not yet invoiced, the periods closed and
 * the invoices issued for each. {@link #close} is all or nothing and a compare-and-set on the last period closed, so
 * that of two nodes closing the same period on one store only the first succeeds, and the lines it invoiced are
 * invoiced once. Implementations: {@link InMemoryLedgerStore}, and
 * {@code io.cspsdk.sync.twotier.JdbcLedgerStore} in csp-sdk-sync (with the other JDBC stores).
 */
public interface LedgerStore {
  /** Keeps a line until the close that invoices it. */
  void record(AttributedLine line);

  /** The lines recorded and not yet invoiced, in recording order. */
  List<Recorded> pending();

  /** The last day of the last period closed; empty before the first close. */
  Optional<LocalDate> closedThrough();

  /** The periods closed, oldest first. */
  List<BillingPeriod> closedPeriods();

  /** The invoices issued when {@code period} was closed, in issue order; empty when it is open. */
  List<ResellerInvoice> invoices(BillingPeriod period);

  /**
   * Records {@code period} as closed with its {@code invoices} and removes the lines they invoiced (those with a
   * sequence up to {@code invoicedThroughSeq} dated up to the period's end), all or nothing, provided the last period
   * closed is still {@code expectedClosedThrough}. Lines recorded after the ledger read {@link #pending()} stay.
   *
   * @throws PeriodClosedException when another close came first (nothing is written)
   */
  void close(Optional<LocalDate> expectedClosedThrough, BillingPeriod period, List<ResellerInvoice> invoices,
             long invoicedThroughSeq);

  /**
   * A line as recorded.
   *
   * @param seq its recording sequence, increasing (at least 1)
   */
  record Recorded(long seq, AttributedLine line) {
    /** Validates. */
    public Recorded {
      if (seq < 1) {
        throw new IllegalArgumentException("seq must be at least 1, was " + seq);
      }
      java.util.Objects.requireNonNull(line, "line");
    }
  }
}
