package io.cspsdk.sync.store;

import io.cspsdk.sync.job.Count;
import io.cspsdk.sync.job.FailureCategory;
import io.cspsdk.sync.job.ItemFailure;
import io.cspsdk.sync.job.RunCounters;
import io.cspsdk.sync.job.RunId;
import io.cspsdk.sync.job.RunRecord;
import io.cspsdk.sync.job.RunState;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The text form of runs, checkpoints, partitions and item failures used by the file and JDBC stores: a header naming the record type
 * and format version, {@code key=value} lines (URL-encoded), and a CRC-32 line, so that a truncated or altered
 * record is detected instead of being half-read.
 */
final class Records {
  private static final String ITEM = "item.";

  private Records() {}

  static String encode(String type, int version, Map<String, String> entries) {
    StringBuilder body = new StringBuilder();
    body.append("cspsdk-").append(type).append(' ').append(version).append('\n');
    for (Map.Entry<String, String> e : entries.entrySet()) {
      body.append(enc(e.getKey())).append('=').append(enc(e.getValue())).append('\n');
    }
    String checksum = crc(body.toString());
    return body.append("crc32=").append(checksum).append('\n').toString();
  }

  static Map<String, String> decode(String type, int supportedVersion, String text, String location) {
    if (text == null || text.isEmpty()) {
      throw new CorruptCheckpointException(location, "record is empty");
    }
    int crcAt = text.lastIndexOf("crc32=");
    if (crcAt < 0 || !text.endsWith("\n")) {
      throw new CorruptCheckpointException(location, "checksum line missing (truncated record)");
    }
    String body = text.substring(0, crcAt);
    if (!text.substring(crcAt + 6, text.length() - 1).equals(crc(body))) {
      throw new CorruptCheckpointException(location, "checksum does not match the content");
    }
    String[] lines = body.split("\n");
    String prefix = "cspsdk-" + type + " ";
    if (!lines[0].startsWith(prefix)) {
      throw new CorruptCheckpointException(location, "header must be '" + prefix + "<version>', was '"
          + lines[0] + "'");
    }
    String version = lines[0].substring(prefix.length());
    if (!version.equals(Integer.toString(supportedVersion))) {
      throw new CorruptCheckpointException(location, "format version " + version + " is not supported (this "
          + "version reads " + supportedVersion + ")");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int eq = lines[i].indexOf('=');
      if (eq < 0) {
        throw new CorruptCheckpointException(location, "line " + (i + 1) + " is not key=value");
      }
      out.put(dec(lines[i].substring(0, eq)), dec(lines[i].substring(eq + 1)));
    }
    return out;
  }

  static String required(Map<String, String> m, String key, String location) {
    String v = m.get(key);
    if (v == null) {
      throw new CorruptCheckpointException(location, "field '" + key + "' is missing");
    }
    return v;
  }

  // --- runs

  static Map<String, String> run(RunRecord r) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("jobKey", r.jobKey());
    m.put("runId", r.runId().value());
    m.put("state", r.state().name());
    m.put("startedAt", r.startedAt().toString());
    r.endedAt().ifPresent(t -> m.put("endedAt", t.toString()));
    r.error().ifPresent(e -> m.put("error", e));
    m.put("counters", counters(r.counters()));
    r.attributes().forEach((k, v) -> m.put("attr." + k, v));
    return m;
  }

  static RunRecord run(Map<String, String> m, String location) {
    try {
      Map<String, String> attrs = new TreeMap<>();
      m.forEach((k, v) -> {
        if (k.startsWith("attr.")) {
          attrs.put(k.substring(5), v);
        }
      });
      return new RunRecord(required(m, "jobKey", location), new RunId(required(m, "runId", location)),
          RunState.valueOf(required(m, "state", location)), Instant.parse(required(m, "startedAt", location)),
          Optional.ofNullable(m.get("endedAt")).map(Instant::parse), Optional.ofNullable(m.get("error")),
          counters(m.getOrDefault("counters", ""), location), attrs);
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
      throw new CorruptCheckpointException(location, "run record unreadable: " + e.getMessage());
    }
  }

  static String counters(RunCounters c) {
    StringBuilder b = new StringBuilder();
    c.byKind().forEach((k, v) -> b.append(b.length() == 0 ? "" : ";").append(k).append(':').append(v.seen())
        .append(',').append(v.imported()).append(',').append(v.failed()));
    return b.toString();
  }

  static RunCounters counters(String s, String location) {
    Map<String, Count> m = new TreeMap<>();
    if (!s.isEmpty()) {
      for (String part : s.split(";")) {
        int colon = part.indexOf(':');
        String[] n = part.substring(colon + 1).split(",");
        if (colon < 0 || n.length != 3) {
          throw new CorruptCheckpointException(location, "counters must be kind:seen,imported,failed;...");
        }
        m.put(part.substring(0, colon), new Count(Long.parseLong(n[0]), Long.parseLong(n[1]), Long.parseLong(n[2])));
      }
    }
    return new RunCounters(m);
  }

  // --- checkpoints

  static Map<String, String> checkpoint(Checkpoint c) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("runId", c.runId().value());
    c.values().forEach((k, v) -> m.put("value." + k, v));
    return m;
  }

  static Checkpoint checkpoint(int version, Map<String, String> m, String location) {
    Map<String, String> values = new TreeMap<>();
    m.forEach((k, v) -> {
      if (k.startsWith("value.")) {
        values.put(k.substring(6), v);
      }
    });
    try {
      return new Checkpoint(version, new RunId(required(m, "runId", location)), values);
    } catch (IllegalArgumentException e) {
      throw new CorruptCheckpointException(location, e.getMessage());
    }
  }

  // --- partitions

  static Map<String, String> partition(PartitionState p) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("partitionId", p.partitionId());
    m.put("runId", p.runId().value());
    m.put("status", p.status().name());
    m.put("at", p.at().toString());
    new TreeMap<>(p.digest()).forEach((k, v) -> m.put(ITEM + k, v));
    return m;
  }

  static PartitionState partition(Map<String, String> m, String location) {
    Map<String, String> digest = new LinkedHashMap<>();
    m.forEach((k, v) -> {
      if (k.startsWith(ITEM)) {
        digest.put(k.substring(ITEM.length()), v);
      }
    });
    try {
      return new PartitionState(required(m, "partitionId", location), new RunId(required(m, "runId", location)),
          PartitionState.Status.valueOf(required(m, "status", location)), Instant.parse(required(m, "at", location)),
          digest);
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
      throw new CorruptCheckpointException(location, "partition record unreadable: " + e.getMessage());
    }
  }

  // --- item failures

  static Map<String, String> failure(ItemFailure f) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("kind", f.kind());
    m.put("key", f.key());
    m.put("category", f.category().name());
    m.put("reason", f.reason());
    f.rawPayload().ifPresent(raw -> m.put("rawPayload", raw));
    return m;
  }

  static ItemFailure failure(Map<String, String> m, String location) {
    try {
      return new ItemFailure(required(m, "kind", location), required(m, "key", location),
          FailureCategory.valueOf(required(m, "category", location)), required(m, "reason", location),
          Optional.ofNullable(m.get("rawPayload")));
    } catch (IllegalArgumentException e) {
      throw new CorruptCheckpointException(location, "failure record unreadable: " + e.getMessage());
    }
  }

  private static String crc(String s) {
    CRC32 c = new CRC32();
    c.update(s.getBytes(StandardCharsets.UTF_8));
    return Long.toHexString(c.getValue());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String dec(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
