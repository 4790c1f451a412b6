package io.cspsdk.testkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

/**
 * One audit record as Partner Center writes it: snake_case {@code resourceType}/{@code operationType}, the resource
 * before and after as PascalCase JSON text ({@code resourceOldValue}/{@code resourceNewValue}), and
 * {@code customizedData} key/value pairs. Built by {@link FakeState#audit}; fluent setters fill it in place.
 */
public final class AuditEntry {
  /** .NET ticks (100 ns) between 0001-01-01 and the Unix epoch; newer audit ids end in the operation's ticks. */
  private static final long EPOCH_TICKS = 621_355_968_000_000_000L;
  private final ObjectNode node;
  private final long sequence;

  AuditEntry(ObjectNode node, long sequence) {
    this.node = node;
    this.sequence = sequence;
  }

  public ObjectNode node() {
    return node;
  }

  public AuditEntry newValue(JsonNode resource) {
    node.put("resourceNewValue", resourceText(resource));
    return this;
  }

  public AuditEntry oldValue(JsonNode resource) {
    node.put("resourceOldValue", resourceText(resource));
    return this;
  }

  /** Appends a {@code customizedData} pair (a null value is sent as JSON null, as Partner Center does). */
  public AuditEntry data(String key, String value) {
    ObjectNode kv = ((ArrayNode) node.get("customizedData")).addObject();
    kv.put("key", key);
    kv.put("value", value);
    return this;
  }

  /** The value of the first {@code customizedData} pair with this key, or null. */
  public static String data(JsonNode record, String key) {
    for (JsonNode kv : record.path("customizedData")) {
      if (key.equals(kv.path("key").asText(null))) {
        return kv.path("value").isNull() ? null : kv.path("value").asText();
      }
    }
    return null;
  }

  /** Moves the record's operation date (and the ticks in its id) {@code back} into the past. */
  public static void backdate(ObjectNode record, Duration back) {
    Instant at = Jsons.parseTime(record.get("operationDate").asText()).minus(back);
    record.put("operationDate", Jsons.time(at));
    String id = record.get("id").asText();
    long sequence = Long.parseLong(id.substring(id.lastIndexOf('_') + 1)) % 10_000;
    record.put("id", id(record, at, sequence));
  }

  void stamp(Instant at) {
    node.put("operationDate", Jsons.time(at));
    node.put("id", id(node, at, sequence));
  }

  /** {@code {partnerId}_{customerId}_{operationtype}_{ticks}}, as in Partner Center's newer examples. */
  private static String id(ObjectNode record, Instant at, long sequence) {
    long ticks = EPOCH_TICKS + at.getEpochSecond() * 10_000_000L + at.getNano() / 100;
    // the fake clock stands still between calls: the sequence keeps ids of one instant apart
    long unique = (ticks / 10_000) * 10_000 + sequence % 10_000;
    return record.path("partnerId").asText() + "_" + record.path("customerId").asText("") + "_"
        + record.path("operationType").asText().replace("_", "") + "_" + unique;
  }

  /** A resource as audit records carry it: PascalCase JSON text. */
  public static String resourceText(JsonNode resource) {
    return pascalCase(resource).toString();
  }

  /** Partner Center serialises audited resources with .NET property names: {@code {"Id": ..., "LineItems": [...]}}. */
  static JsonNode pascalCase(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isObject()) {
      ObjectNode out = Jsons.object();
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String k = e.getKey();
        out.set(k.isEmpty() ? k : Character.toUpperCase(k.charAt(0)) + k.substring(1), pascalCase(e.getValue()));
      }
      return out;
    }
    if (n.isArray()) {
      ArrayNode out = Jsons.array();
      n.forEach(v -> out.add(pascalCase(v)));
      return out;
    }
    return n;
  }
}
