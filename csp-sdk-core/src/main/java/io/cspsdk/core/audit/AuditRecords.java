package io.cspsdk.core.audit;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.model.AuditRecord;
import java.time.LocalDate;

/**
 * The partner's activity log (audit records), seek-paged. Partner Center keeps 90 days: a range longer than 90 days
 * or ending before it starts is refused before anything is sent.
 */
public interface AuditRecords {
  /** The records from {@code startDate} to {@code endDate} (inclusive). */
  default PagedIterable<AuditRecord> list(LocalDate startDate, LocalDate endDate) {
    return list(startDate, endDate, null, RequestOptions.none());
  }

  /** As {@link #list(LocalDate, LocalDate)}, with per-call options. */
  default PagedIterable<AuditRecord> list(LocalDate startDate, LocalDate endDate, RequestOptions options) {
    return list(startDate, endDate, null, options);
  }

  /** The records from {@code startDate} to {@code endDate} (inclusive) matching {@code filter}. */
  default PagedIterable<AuditRecord> list(LocalDate startDate, LocalDate endDate, AuditFilter filter) {
    return list(startDate, endDate, filter, RequestOptions.none());
  }

  /** The records from {@code startDate} to {@code endDate} (inclusive), filtered when {@code filter} is not null. */
  PagedIterable<AuditRecord> list(LocalDate startDate, LocalDate endDate, AuditFilter filter, RequestOptions options);
}
