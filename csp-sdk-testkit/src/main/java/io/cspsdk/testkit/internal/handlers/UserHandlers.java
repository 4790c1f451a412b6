package io.cspsdk.testkit.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.core.internal.json.Json;
import io.cspsdk.testkit.internal.server.ApiError;
import io.cspsdk.testkit.internal.server.Request;
import io.cspsdk.testkit.internal.server.Response;
import io.cspsdk.testkit.internal.server.Router;
import io.cspsdk.testkit.internal.state.AuditEntry;
import io.cspsdk.testkit.internal.state.CustomerRec;
import io.cspsdk.testkit.internal.state.FakeState;
import io.cspsdk.testkit.internal.state.Jsons;
import io.cspsdk.testkit.internal.state.UserRec;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Customer users: seek-paged list (active, or deleted with the UserState filter), create, update, delete, restore. */
public final class UserHandlers {
  /** Deleted users can be restored for 30 days, then they are gone. */
  public static final Duration RESTORE_WINDOW = Duration.ofDays(30);
  private final HandlerContext ctx;
  private final FakeState state;

  public UserHandlers(HandlerContext ctx) {
    this.ctx = ctx;
    this.state = ctx.state();
  }

  public void register(Router r) {
    r.add("GET", "/customers/{c}/users", this::list);
    r.add("POST", "/customers/{c}/users", this::create);
    r.add("GET", "/customers/{c}/users/{u}", q -> {
      CustomerRec c = state.customer(q.var("c"));
      return Response.ok(view(user(c, q.var("u"))));
    });
    r.add("PATCH", "/customers/{c}/users/{u}", this::update);
    r.add("DELETE", "/customers/{c}/users/{u}", this::delete);
  }

  /** A user that exists (active, or deleted less than 30 days ago). */
  UserRec user(CustomerRec c, String id) {
    UserRec u = state.user(c, id);
    if (purged(u)) {
      throw ApiError.notFound(60002, "User " + id + " was not found.");
    }
    return u;
  }

  private boolean purged(UserRec u) {
    return !u.active() && u.softDeletionTime != null
        && !state.now().isBefore(u.softDeletionTime.plus(RESTORE_WINDOW));
  }

  public static ObjectNode view(UserRec u) {
    ObjectNode n = Jsons.object();
    n.put("id", u.id);
    n.put("userPrincipalName", u.userPrincipalName);
    n.put("firstName", u.firstName);
    n.put("lastName", u.lastName);
    n.put("displayName", u.displayName);
    n.put("usageLocation", u.usageLocation);
    if (u.phoneNumber != null) {
      n.put("phoneNumber", u.phoneNumber);
    }
    if (u.immutableId != null) {
      n.put("immutableId", u.immutableId);
    }
    n.put("userDomainType", "none");
    n.put("state", u.state);
    if (u.softDeletionTime != null) {
      n.put("softDeletionTime", Jsons.time(u.softDeletionTime));
    }
    n.put("lastDirectorySyncTime", (String) null);
    ObjectNode links = n.putObject("links");
    links.set("self", Jsons.link("/customers/" + u.customerId + "/users/" + u.id));
    return Jsons.attributes(n, "CustomerUser");
  }

  private Response list(Request q) {
    CustomerRec c = state.customer(q.var("c"));
    boolean deleted = deletedFilter(q.query("filter"));
    List<UserRec> out = new ArrayList<>();
    for (UserRec u : c.users.values()) {
      if (deleted ? !u.active() && !purged(u) : u.active()) {
        out.add(u);
      }
    }
    String f = q.query("filter");
    String next = "/customers/" + c.id + "/users" + (f == null ? "" : "?filter="
        + java.net.URLEncoder.encode(f, java.nio.charset.StandardCharsets.UTF_8));
    return Response.ok(ctx.paging().seek(q, out, UserHandlers::view, "users|" + c.id + "|" + deleted, next, 500));
  }

  /** {"Field":"UserState","Value":"Inactive","Operator":"equals"} in either spelling. */
  static boolean deletedFilter(String raw) {
    if (raw == null || raw.isBlank()) {
      return false;
    }
    try {
      JsonNode f = Json.mapper().readTree(raw);
      String field = Jsons.text(f, "field");
      String value = Jsons.text(f, "value");
      if (field == null || !field.equalsIgnoreCase("UserState")) {
        throw ApiError.invalidInput("Unsupported user filter field: " + field);
      }
      return "inactive".equalsIgnoreCase(value);
    } catch (IOException e) {
      throw ApiError.invalidInput("The filter is not valid JSON.");
    }
  }

  private Response create(Request q) {
    CustomerRec c = state.customer(q.var("c"));
    JsonNode b = q.json();
    String upn = Jsons.text(b, "userPrincipalName");
    if (upn == null || !upn.contains("@")) {
      throw ApiError.invalidInput("userPrincipalName is required and must contain '@'.");
    }
    String display = Jsons.text(b, "displayName");
    if (display == null) {
      throw ApiError.invalidInput("displayName is required.");
    }
    String usage = Jsons.text(b, "usageLocation");
    if (usage == null) {
      throw ApiError.invalidInput("usageLocation is required.");
    }
    JsonNode pwd = Jsons.field(b, "passwordProfile");
    if (pwd == null || Jsons.text(pwd, "password") == null) {
      throw ApiError.invalidInput("passwordProfile.password is required.");
    }
    for (UserRec u : c.users.values()) {
      if (u.userPrincipalName.equalsIgnoreCase(upn) && !purged(u)) {
        throw new ApiError(409, 60011, "A user with the user principal name " + upn + " already exists.");
      }
    }
    UserRec u = new UserRec(state.ids.guid(), c.id, upn, state.now());
    u.firstName = Jsons.text(b, "firstName");
    u.lastName = Jsons.text(b, "lastName");
    u.displayName = display;
    u.usageLocation = usage;
    u.phoneNumber = Jsons.text(b, "phoneNumber");
    u.immutableId = Jsons.text(b, "immutableId");
    c.users.put(u.id, u);
    audit(c, u, "create_customer_user", null);
    return Response.json(201, view(u));
  }

  private Response update(Request q) {
    CustomerRec c = state.customer(q.var("c"));
    UserRec u = user(c, q.var("u"));
    JsonNode b = q.json();
    String st = Jsons.text(b, "state");
    if (st != null && st.equalsIgnoreCase("active") && !u.active()) {
      for (UserRec other : c.users.values()) {
        if (other != u && other.active() && other.userPrincipalName.equalsIgnoreCase(u.userPrincipalName)) {
          throw new ApiError(409, 60011, "An active user already uses " + u.userPrincipalName + ".");
        }
      }
      ObjectNode before = view(u);
      u.state = "active";
      u.softDeletionTime = null;
      audit(c, u, "restore_customer_user", before);
      return Response.ok(view(u));
    }
    if (!u.active()) {
      throw ApiError.notFound(60002, "User " + u.id + " is deleted; restore it first.");
    }
    ObjectNode before = view(u);
    JsonNode pwd = Jsons.field(b, "passwordProfile");
    String password = pwd == null || pwd.isNull() ? null : Jsons.text(pwd, "password");
    if (pwd != null && !pwd.isNull() && (password == null || password.length() < 8)) {
      throw ApiError.invalidInput("passwordProfile.password must have at least 8 characters.");
    }
    if (Jsons.text(b, "firstName") != null) {
      u.firstName = Jsons.text(b, "firstName");
    }
    if (Jsons.text(b, "lastName") != null) {
      u.lastName = Jsons.text(b, "lastName");
    }
    if (Jsons.text(b, "displayName") != null) {
      u.displayName = Jsons.text(b, "displayName");
    }
    if (Jsons.text(b, "usageLocation") != null) {
      u.usageLocation = Jsons.text(b, "usageLocation");
    }
    if (Jsons.text(b, "phoneNumber") != null) {
      u.phoneNumber = Jsons.text(b, "phoneNumber");
    }
    audit(c, u, password != null ? "reset_customer_user_password" : "update_customer_user", before);
    return Response.ok(view(u));
  }

  private Response delete(Request q) {
    CustomerRec c = state.customer(q.var("c"));
    UserRec u = user(c, q.var("u"));
    if (!u.active()) {
      throw ApiError.notFound(60002, "User " + u.id + " is already deleted.");
    }
    Instant now = state.now();
    ObjectNode before = view(u);
    u.state = "inactive";
    u.softDeletionTime = now;
    u.licences.clear();
    audit(c, u, "delete_customer_user", before);
    return Response.empty(204);
  }

  private void audit(CustomerRec c, UserRec u, String operationType, ObjectNode before) {
    audit(state, c, u, operationType, before);
  }

  /** A {@code customer_user} record; {@code CustomerUserId} as in Partner Center's licence records. */
  public static void audit(FakeState state, CustomerRec c, UserRec u, String operationType, ObjectNode before) {
    AuditEntry e = state.audit(c, "customer_user", operationType).newValue(view(u)).data("CustomerUserId", u.id);
    if (before != null) {
      e.oldValue(before);
    }
  }
}
