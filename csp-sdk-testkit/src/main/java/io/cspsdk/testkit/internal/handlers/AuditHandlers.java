package io.cspsdk.testkit.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.core.internal.json.Json;
import io.cspsdk.testkit.internal.server.ApiError;
import io.cspsdk.testkit.internal.server.Request;
import io.cspsdk.testkit.internal.server.Response;
import io.cspsdk.testkit.internal.server.Router;
import io.cspsdk.testkit.internal.state.FakeState;
import io.cspsdk.testkit.internal.state.Jsons;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Audit records (seek paging, at most 90 days back) and service requests. */
public final class AuditHandlers {
  private final HandlerContext ctx;
  private final FakeState state;

  public AuditHandlers(HandlerContext ctx) {
    this.ctx = ctx;
    this.state = ctx.state();
  }

  public void register(Router r) {
    r.add("GET", "/auditrecords", this::audit);
    r.add("GET", "/servicerequests", q -> Response.ok(io.cspsdk.testkit.internal.paging.Paging.collection(
        state.serviceRequests, "Collection")));
    r.add("POST", "/servicerequests", this::createServiceRequest);
    r.add("POST", "/servicerequests/{locale}", this::createServiceRequest);
    r.add("GET", "/servicerequests/supporttopics", q -> Response.ok(
        io.cspsdk.testkit.internal.paging.Paging.collection(supportTopics(), "Collection")));
    r.add("GET", "/servicerequests/{id}", q -> Response.ok(serviceRequest(q.var("id"))));
    r.add("PATCH", "/servicerequests/{id}", q -> {
      ObjectNode sr = serviceRequest(q.var("id"));
      q.json().fields().forEachRemaining(e -> {
        if (!e.getKey().equals("id") && !e.getKey().equals("attributes")) {
          sr.set(e.getKey(), e.getValue());
        }
      });
      sr.put("lastModifiedDate", Jsons.time(state.now()));
      return Response.ok(sr);
    });
    r.add("GET", "/customers/{c}/servicerequests", q -> {
      String id = state.customer(q.var("c")).id;
      return Response.ok(io.cspsdk.testkit.internal.paging.Paging.collection(state.serviceRequests.stream()
          .filter(s -> id.equals(s.path("organization").path("id").asText(null))).toList(), "Collection"));
    });
  }

  /** Support topics a service request's {@code supportTopicId} refers to (an illustrative handful). */
  private static List<ObjectNode> supportTopics() {
    List<ObjectNode> out = new ArrayList<>();
    String[][] topics = {{"32444671", "Billing", "Invoices, payments and charges"},
        {"32444672", "Subscriptions", "Buying, changing and cancelling subscriptions"},
        {"32444673", "Users and licences", "Assigning licences and managing users"},
        {"32444674", "Technical", "Service health and sign-in problems"}};
    for (String[] t : topics) {
      ObjectNode n = Jsons.object();
      n.put("name", t[1]);
      n.put("description", t[2]);
      n.put("id", Long.parseLong(t[0]));
      out.add(Jsons.attributes(n, "SupportTopic"));
    }
    return out;
  }

  private ObjectNode serviceRequest(String id) {
    return state.serviceRequests.stream().filter(s -> s.path("id").asText().equals(id)).findFirst()
        .orElseThrow(() -> ApiError.notFound(1000, "Service request " + id + " was not found."));
  }

  private Response audit(Request q) {
    Instant now = state.now();
    Instant start = Jsons.parseTime(q.query("startDate"), "startDate");
    if (start == null) {
      throw ApiError.invalidInput("startDate is required.");
    }
    if (start.isBefore(now.minus(Duration.ofDays(90)))) {
      throw ApiError.invalidInput("startDate must be within the last 90 days.");
    }
    Instant end = Jsons.parseTime(q.query("endDate"), "endDate");
    String filter = q.query("filter");
    String field = null;
    String value = null;
    if (filter != null && !filter.isBlank()) {
      try {
        JsonNode f = Json.mapper().readTree(filter);
        field = Jsons.text(f, "field");
        value = Jsons.text(f, "value");
      } catch (IOException e) {
        throw ApiError.invalidInput("The filter is not valid JSON.");
      }
    }
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode a : state.auditRecords) {
      Instant at = Jsons.parseTime(a.get("operationDate").asText());
      if (at.isBefore(start) || (end != null && at.isAfter(end))) {
        continue;
      }
      if (field != null && !matches(a, field, value)) {
        continue;
      }
      out.add(a);
    }
    // seeded history is back-dated after it was recorded: answer in operation order, as Partner Center does
    out.sort(java.util.Comparator.comparing(a -> Jsons.parseTime(a.get("operationDate").asText())));
    String next = "/auditrecords?startDate=" + q.query("startDate")
        + (q.query("endDate") == null ? "" : "&endDate=" + q.query("endDate"));
    return Response.ok(ctx.paging().seek(q, out, "audit|" + q.query("startDate") + "|" + q.query("endDate")
        + "|" + filter, next, 500));
  }

  private static boolean matches(ObjectNode a, String field, String value) {
    String f = field.toLowerCase(Locale.ROOT);
    String actual = switch (f) {
      case "customerid" -> a.path("customerId").asText(null);
      case "companyname" -> a.path("customerName").asText(null);
      case "resourcetype" -> a.path("resourceType").asText(null);
      default -> throw ApiError.invalidInput("Unsupported audit filter field: " + field);
    };
    if (actual == null || value == null) {
      return false;
    }
    return f.equals("companyname") ? actual.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT))
        : actual.equalsIgnoreCase(value);
  }

  private Response createServiceRequest(Request q) {
    JsonNode b = q.json();
    if (Jsons.text(b, "title") == null) {
      throw ApiError.invalidInput("title is required.");
    }
    ObjectNode sr = ((ObjectNode) b).deepCopy();
    sr.put("id", String.format("%016d", state.serviceRequests.size() + 1L));
    sr.put("status", "open");
    sr.put("createdDate", Jsons.time(state.now()));
    sr.put("lastModifiedDate", Jsons.time(state.now()));
    if (!sr.has("severity")) {
      sr.put("severity", "minimal");
    }
    Jsons.attributes(sr, "ServiceRequest");
    state.serviceRequests.add(sr);
    return Response.json(201, sr);
  }
}
