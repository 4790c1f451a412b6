package io.cspsdk.sync.discovery.internal;

import io.cspsdk.core.Page;
import io.cspsdk.core.model.AuditRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The customers named by audit records since a watermark: read from the watermark's day minus one (Partner Center's
 * dates are whole days) to today, de-duplicated by record id, failed operations ignored.
 */
final class AuditChanges {
  final Set<String> customerIds = new HashSet<>();
  long records;
  long duplicates;

  static AuditChanges since(RunContext ctx, Instant watermark) {
    AuditChanges out = new AuditChanges();
    LocalDate start = watermark.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
    LocalDate today = ctx.clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    Set<String> ids = new HashSet<>();
    for (Page<AuditRecord> page : ctx.client.auditRecords().list(start, today).byPage()) {
      ctx.countCall();
      for (AuditRecord r : page.items()) {
        if (r.id().isPresent() && !ids.add(r.id().get())) {
          out.duplicates++;
          continue;
        }
        out.records++;
        boolean failed = r.operationStatus().map(s -> s.toLowerCase(Locale.ROOT).equals("failed")).orElse(false);
        if (!failed) {
          r.customerId().filter(c -> !c.isBlank()).ifPresent(out.customerIds::add);
        }
      }
    }
    return out;
  }
}
