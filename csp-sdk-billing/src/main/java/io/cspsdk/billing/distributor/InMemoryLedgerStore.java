package io.cspsdk.billing.distributor;

import io.cspsdk.billing.report.BillingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A {@link LedgerStore} in memory (tests, single-process use); thread-safe. */
public final class InMemoryLedgerStore implements LedgerStore {
  private final Map<BillingPeriod, List<ResellerInvoice>> issued = new LinkedHashMap<>();
  private final List<Recorded> pending = new ArrayList<>();
  private LocalDate closedThrough;
  private long seq;

  @Override
  public synchronized void record(AttributedLine line) {
    pending.add(new Recorded(++seq, Objects.requireNonNull(line, "line")));
  }

  @Override
  public synchronized List<Recorded> pending() {
    return List.copyOf(pending);
  }

  @Override
  public synchronized Optional<LocalDate> closedThrough() {
    return Optional.ofNullable(closedThrough);
  }

  @Override
  public synchronized List<BillingPeriod> closedPeriods() {
    return List.copyOf(issued.keySet());
  }

  @Override
  public synchronized List<ResellerInvoice> invoices(BillingPeriod period) {
    return issued.getOrDefault(period, List.of());
  }

  @Override
  public synchronized void close(Optional<LocalDate> expectedClosedThrough, BillingPeriod period,
                                 List<ResellerInvoice> invoices, long invoicedThroughSeq) {
    Objects.requireNonNull(period, "period");
    if (!expectedClosedThrough.equals(closedThrough())) {
      throw new PeriodClosedException("closing " + period + " was refused: another close came first (closed through "
          + (closedThrough == null ? "nothing" : closedThrough.toString()) + ")");
    }
    issued.put(period, List.copyOf(invoices));
    closedThrough = period.end();
    pending.removeIf(r -> r.seq() <= invoicedThroughSeq && !r.line().line().transactionDate().isAfter(period.end()));
  }
}
