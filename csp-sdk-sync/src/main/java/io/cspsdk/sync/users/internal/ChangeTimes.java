package io.cspsdk.sync.users.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.audit.AuditFilter;
import io.cspsdk.core.model.AuditRecord;
import io.cspsdk.core.model.KeyValuePair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * When Partner Center last changed each user, from the partner's audit records (the only modification time Partner
 * Center exposes for users; it covers the partner's own operations, not the customer admins'). Read on first use.
 */
public final class ChangeTimes {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final PartnerCenterClient pc;
  private final String customerId;
  private final Clock clock;
  private final Duration window;
  private Map<String, Instant> latest;

  public ChangeTimes(PartnerCenterClient pc, String customerId, Clock clock, Duration window) {
    this.pc = pc;
    this.customerId = customerId;
    this.clock = clock;
    this.window = window;
  }

  public Optional<Instant> latest(String userId) {
    if (latest == null) {
      latest = read();
    }
    return Optional.ofNullable(latest.get(userId));
  }

  private Map<String, Instant> read() {
    Map<String, Instant> out = new HashMap<>();
    // tomorrow: an end date is a day, and a service that reads it as that day's midnight would miss today's records
    LocalDate end = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
    LocalDate start = LocalDate.ofInstant(clock.instant().minus(window), ZoneOffset.UTC);
    for (AuditRecord r : pc.auditRecords().list(start, end, AuditFilter.customerId(customerId))) {
      if (r.operationDate().isEmpty() || !"succeeded".equalsIgnoreCase(r.operationStatus().orElse("succeeded"))) {
        continue;
      }
      Instant at = r.operationDate().get().toInstant();
      userId(r).ifPresent(id -> out.merge(id, at, (a, b) -> a.isAfter(b) ? a : b));
    }
    return out;
  }

  /** The user a record is about: customizedData CustomerUserId, or the id of the resource's new value. */
  private static Optional<String> userId(AuditRecord r) {
    for (KeyValuePair kv : r.customizedData()) {
      if ("CustomerUserId".equalsIgnoreCase(kv.key().orElse(""))) {
        return kv.value();
      }
    }
    String type = r.resourceType().orElse("").toLowerCase(java.util.Locale.ROOT);
    if (!type.contains("user") || r.resourceNewValue().isEmpty()) {
      return Optional.empty();
    }
    try {
      JsonNode n = JSON.readTree(r.resourceNewValue().get());
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().equalsIgnoreCase("id") && e.getValue().isTextual()) {
          return Optional.of(e.getValue().asText());
        }
      }
    } catch (java.io.IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
