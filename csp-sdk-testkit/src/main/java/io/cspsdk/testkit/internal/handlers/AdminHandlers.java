package io.cspsdk.testkit.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.Faults;
import io.cspsdk.testkit.RecordedRequest;
import io.cspsdk.testkit.Scenario;
import io.cspsdk.testkit.internal.server.ApiError;
import io.cspsdk.testkit.internal.server.Request;
import io.cspsdk.testkit.internal.server.Response;
import io.cspsdk.testkit.internal.server.Router;
import io.cspsdk.testkit.internal.state.Jsons;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Admin endpoints under {@code /_fake/} (no bearer token needed): reset, scenario seeding, clock, faults, journal.
 */
public final class AdminHandlers {
  private final FakePartnerCenter fake;

  public AdminHandlers(FakePartnerCenter fake) {
    this.fake = fake;
  }

  public void register(Router r) {
    r.add("POST", "/_fake/reset", q -> {
      fake.reset();
      return Response.empty(204);
    });
    r.add("POST", "/_fake/scenario", q -> {
      try {
        fake.load(Scenario.parse(q.bodyText()));
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw ApiError.invalidInput(e.getMessage());
      }
      return Response.empty(204);
    });
    r.add("GET", "/_fake/clock", q -> clock());
    r.add("POST", "/_fake/clock/advance", q -> {
      String by = q.query("by") != null ? q.query("by") : Jsons.text(q.json(), "duration");
      try {
        fake.clock().advance(duration(by));
      } catch (IllegalArgumentException e) {
        throw ApiError.invalidInput("duration: " + e.getMessage());
      }
      return clock();
    });
    r.add("POST", "/_fake/clock/set", q -> {
      String to = q.query("to") != null ? q.query("to") : Jsons.text(q.json(), "now");
      try {
        fake.clock().set(Instant.parse(to));
      } catch (DateTimeParseException | NullPointerException e) {
        throw ApiError.invalidInput("now: an ISO-8601 instant later than the current time is required.");
      } catch (IllegalArgumentException e) {
        throw ApiError.invalidInput("now: " + e.getMessage());
      }
      return clock();
    });
    r.add("POST", "/_fake/faults", this::addFault);
    r.add("DELETE", "/_fake/faults", q -> {
      fake.faults().clear();
      return Response.empty(204);
    });
    r.add("GET", "/_fake/requests", q -> {
      ArrayNode arr = Jsons.array();
      for (RecordedRequest rr : fake.requests()) {
        ObjectNode n = arr.addObject();
        n.put("method", rr.method());
        n.put("path", rr.rawPath());
        n.put("query", rr.query());
        n.put("body", rr.body());
        n.put("status", rr.status());
        n.put("receivedAt", Jsons.time(rr.receivedAt()));
        ObjectNode h = n.putObject("headers");
        rr.headers().forEach((k, v) -> h.put(k, k.equals("authorization") ? "***" : String.join(",", v)));
      }
      ObjectNode env = Jsons.object();
      env.put("totalCount", arr.size());
      env.set("items", arr);
      return Response.ok(env);
    });
    r.add("DELETE", "/_fake/requests", q -> {
      fake.clearRequests();
      return Response.empty(204);
    });
  }

  private Response clock() {
    ObjectNode n = Jsons.object();
    n.put("now", fake.clock().instant().toString());
    return Response.ok(n);
  }

  private static Duration duration(String s) {
    if (s == null) {
      throw ApiError.invalidInput("duration: an ISO-8601 duration such as P30D or PT1H is required.");
    }
    try {
      return Duration.parse(s);
    } catch (ArithmeticException e) {
      throw ApiError.invalidInput("duration: out of range: " + s);
    } catch (DateTimeParseException e) {
      try {
        java.time.Period p = java.time.Period.parse(s);
        if (p.getMonths() != 0 || p.getYears() != 0) {
          throw ApiError.invalidInput("duration: use days (P30D), not months or years: " + s);
        }
        return Duration.ofDays(p.getDays());
      } catch (DateTimeParseException e2) {
        throw ApiError.invalidInput("duration: not an ISO-8601 duration: " + s);
      }
    }
  }

  /**
   * {@code {"method":"GET","path":"/customers","kind":"throttle|status|latency|drop|dropResponse|malformed|
   * malformedRecord","status":503,"retryAfterSeconds":2,"latencyMillis":500,"index":1,"members":{"quantity":"x"},
   * "times":2 | "everyNth":3 | "probability":0.1,"seed":7}}.
   */
  private Response addFault(Request q) {
    JsonNode b = q.json();
    String method = Jsons.text(b, "method");
    String path = Jsons.text(b, "path");
    String kind = Jsons.text(b, "kind");
    if (path == null || kind == null) {
      throw ApiError.invalidInput("path and kind are required.");
    }
    Faults.What what = fake.faults().on(method == null ? "*" : method, path);
    Duration retry = b.has("retryAfterSeconds") ? Duration.ofSeconds(b.get("retryAfterSeconds").asLong()) : null;
    Faults.When when = switch (kind) {
      case "throttle" -> what.throttle(retry == null ? Duration.ofSeconds(1) : retry);
      case "status" -> retry == null ? what.status(b.path("status").asInt(500)) : what.status(b.path("status")
          .asInt(503), retry);
      case "latency" -> what.latency(Duration.ofMillis(b.path("latencyMillis").asLong(0)));
      case "drop" -> what.dropConnection();
      case "dropResponse" -> what.dropResponse();
      case "malformed" -> what.malformedBody();
      case "malformedRecord" -> malformedRecord(what, b);
      default -> throw ApiError.invalidInput("Unknown fault kind: " + kind);
    };
    try {
      if (b.has("times")) {
        when.times(b.get("times").asInt());
      } else if (b.has("everyNth")) {
        when.everyNth(b.get("everyNth").asInt());
      } else if (b.has("probability")) {
        when.withProbability(b.get("probability").asDouble(), b.path("seed").asLong(0));
      } else {
        when.always();
      }
    } catch (IllegalArgumentException e) {
      throw ApiError.invalidInput(e.getMessage());
    }
    return Response.empty(201);
  }

  private static Faults.When malformedRecord(Faults.What what, JsonNode b) {
    JsonNode members = b.get("members");
    if (members == null || !members.isObject()) {
      throw ApiError.invalidInput("members: an object of the members to set is required.");
    }
    java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
    members.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue()));
    try {
      return what.malformedRecord(b.path("index").asInt(0), values);
    } catch (IllegalArgumentException e) {
      throw ApiError.invalidInput(e.getMessage());
    }
  }
}
