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
  default PagedIterable<AuditRecord> list(LocalDate startDate, LocalDate endDate) {
    return list(startDate, endDate, null, RequestOptions.none());
  }

  default PagedIterable<AuditRecord> list(LocalDate startDate, LocalDate endDate, AuditFilter filter) {
    return list(startDate, endDate, filter, RequestOptions.none());
  }

  /** The records from {@code startDate} to {@code endDate} (inclusive), filtered when {@code filter} is not null. */
  PagedIterable<AuditRecord> list(LocalDate startDate, LocalDate endDate, AuditFilter filter, RequestOptions options);
}
