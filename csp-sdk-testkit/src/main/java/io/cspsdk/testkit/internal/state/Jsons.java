package io.cspsdk.testkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.core.internal.json.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Small JSON helpers for the fake's handlers. */
public final class Jsons {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

  private Jsons() {}

  public static ObjectNode object() {
    return Json.mapper().createObjectNode();
  }

  public static ArrayNode array() {
    return Json.mapper().createArrayNode();
  }

  public static String time(Instant i) {
    return i == null ? null : ISO.format(i.truncatedTo(ChronoUnit.SECONDS));
  }

  /** Reads a date-time leniently (with or without zone, or a date). */
  public static Instant parseTime(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (RuntimeException e) {
      try {
        return java.time.LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
      } catch (RuntimeException e2) {
        return java.time.LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
    }
  }

  /** {@link #parseTime(String)} of client input: an unparseable value is a 400 (800002) naming the field. */
  public static Instant parseTime(String value, String field) {
    try {
      return parseTime(value);
    } catch (java.time.DateTimeException e) {
      throw io.cspsdk.testkit.internal.server.ApiError.invalidInput(field + ": not a date or date-time: " + value);
    }
  }

  /** Text of a field looked up case-insensitively, or null. */
  public static String text(JsonNode node, String field) {
    JsonNode v = field(node, field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** A field looked up case-insensitively (Partner Center clients send both camelCase and PascalCase). */
  public static JsonNode field(JsonNode node, String field) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode v = node.get(field);
    if (v != null) {
      return v;
    }
    var it = node.fieldNames();
    while (it.hasNext()) {
      String f = it.next();
      if (f.equalsIgnoreCase(field)) {
        return node.get(f);
      }
    }
    return null;
  }

  public static ObjectNode attributes(ObjectNode target, String objectType) {
    target.putObject("attributes").put("objectType", objectType);
    return target;
  }

  public static ObjectNode link(String uri) {
    ObjectNode l = object();
    l.put("uri", uri);
    l.put("method", "GET");
    l.putArray("headers");
    return l;
  }
}
