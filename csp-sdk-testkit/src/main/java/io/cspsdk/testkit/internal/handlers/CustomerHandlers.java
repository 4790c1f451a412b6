package io.cspsdk.testkit.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.core.internal.json.Json;
import io.cspsdk.testkit.internal.paging.Paging;
import io.cspsdk.testkit.internal.server.ApiError;
import io.cspsdk.testkit.internal.server.Request;
import io.cspsdk.testkit.internal.server.Response;
import io.cspsdk.testkit.internal.server.Router;
import io.cspsdk.testkit.internal.state.CustomerRec;
import io.cspsdk.testkit.internal.state.FakeState;
import io.cspsdk.testkit.internal.state.Jsons;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** Customers, their profiles, agreements, qualifications, relationship requests and domain availability. */
public final class CustomerHandlers {
  private final HandlerContext ctx;
  private final FakeState state;

  public CustomerHandlers(HandlerContext ctx) {
    this.ctx = ctx;
    this.state = ctx.state();
  }

  public void register(Router r) {
    r.add("GET", "/customers", this::list);
    r.add("POST", "/customers", this::create);
    r.add("GET", "/customers/relationshiprequests", this::relationshipRequest);
    r.add("GET", "/customers/{c}", q -> Response.ok(CustomerViews.customer(state.customer(q.var("c")))));
    r.add("DELETE", "/customers/{c}", this::delete);
    r.add("GET", "/customers/{c}/profiles/billing",
        q -> Response.ok(CustomerViews.billingProfile(state.customer(q.var("c")))));
    r.add("PUT", "/customers/{c}/profiles/billing", this::updateBilling);
    r.add("GET", "/customers/{c}/profiles/company", q -> {
      ObjectNode cp = ((ObjectNode) state.customer(q.var("c")).json.get("companyProfile")).deepCopy();
      return Response.ok(Jsons.attributes(cp, "CustomerCompanyProfile"));
    });
    r.add("GET", "/customers/{c}/agreements", this::customerAgreements);
    r.add("POST", "/customers/{c}/agreements", this::acceptAgreement);
    r.add("GET", "/agreements", this::agreementMetadata);
    // the older singular form answers the qualification as a bare JSON string ("education", "none", ...)
    r.add("GET", "/customers/{c}/qualification", q -> {
      List<ObjectNode> all = state.customer(q.var("c")).qualifications;
      String latest = all.isEmpty() ? "none" : Jsons.text(all.get(all.size() - 1), "qualification");
      return Response.ok(Json.mapper().getNodeFactory().textNode(
          latest == null ? "none" : latest.toLowerCase(Locale.ROOT)));
    });
    r.add("GET", "/customers/{c}/qualifications",
        q -> Response.ok(Paging.collection(state.customer(q.var("c")).qualifications, "Collection")));
    r.add("POST", "/customers/{c}/qualifications", q -> {
      CustomerRec c = state.customer(q.var("c"));
      ObjectNode body = ((ObjectNode) q.json()).deepCopy();
      c.qualifications.add(body);
      state.audit(c, "customer", "update_customer_qualification").newValue(body);
      return Response.json(201, body);
    });
    r.add("HEAD", "/domains/{d}", this::domain);
    r.add("GET", "/domains/{d}", this::domain);
  }

  private Response domain(Request q) {
    String d = q.var("d");
    String full = d.contains(".") ? d : d + ".onmicrosoft.com";
    return state.domainTaken(full) ? Response.empty(200)
        : Response.error(ApiError.notFound(1000, "Domain " + full + " is available."));
  }

  private Response list(Request q) {
    Predicate<CustomerRec> filter = filter(q.query("filter"));
    List<CustomerRec> all = new ArrayList<>();
    for (CustomerRec c : state.customers.values()) {
      if (filter.test(c)) {
        all.add(c);
      }
    }
    String f = q.query("filter");
    String scope = "customers|" + (f == null ? "" : f);
    String next = "/customers" + (f == null ? "" : "?filter=" + java.net.URLEncoder.encode(f,
        java.nio.charset.StandardCharsets.UTF_8));
    return Response.ok(ctx.paging().seek(q, all, CustomerViews::customer, scope, next, 500));
  }

  /** Both filter spellings: {"Field","Value","Operator":"starts_with"} and {"field","value","operator":"StartsWith"}. */
  static Predicate<CustomerRec> filter(String raw) {
    if (raw == null || raw.isBlank()) {
      return c -> true;
    }
    JsonNode f;
    try {
      f = Json.mapper().readTree(raw);
    } catch (IOException e) {
      throw ApiError.invalidInput("The filter is not valid JSON.");
    }
    String field = Jsons.text(f, "field");
    String value = Jsons.text(f, "value");
    String op = Jsons.text(f, "operator");
    if (field == null || value == null) {
      throw ApiError.invalidInput("The filter needs Field and Value.");
    }
    String o = op == null ? "starts_with" : op.replace("_", "").toLowerCase(Locale.ROOT);
    String v = value.toLowerCase(Locale.ROOT);
    java.util.function.Function<CustomerRec, String> get = switch (field.toLowerCase(Locale.ROOT)) {
      case "companyname" -> CustomerRec::companyName;
      case "domain" -> CustomerRec::domain;
      case "indirectreseller", "indirectcloudsolutionprovider" ->
          c -> Jsons.text(c.json, "associatedPartnerId");
      default -> throw ApiError.invalidInput("Unsupported filter field: " + field);
    };
    return c -> {
      String actual = get.apply(c);
      if (actual == null) {
        return false;
      }
      String a = actual.toLowerCase(Locale.ROOT);
      return switch (o) {
        case "startswith" -> a.startsWith(v);
        case "equals" -> a.equals(v);
        case "contains", "substring" -> a.contains(v);
        default -> throw ApiError.invalidInput("Unsupported filter operator: " + op);
      };
    };
  }

  private Response create(Request q) {
    JsonNode body = q.json();
    JsonNode company = Jsons.field(body, "companyProfile");
    JsonNode billing = Jsons.field(body, "billingProfile");
    String domain = Jsons.text(company, "domain");
    if (domain == null || domain.isBlank()) {
      throw ApiError.invalidInput("companyProfile.domain is required.");
    }
    JsonNode address = Jsons.field(billing, "defaultAddress");
    if (address == null || !address.isObject()) {
      throw ApiError.invalidInput("billingProfile.defaultAddress is required.");
    }
    for (String f : List.of("country", "addressLine1", "city")) {
      if (Jsons.text(address, f) == null) {
        throw ApiError.invalidInput("billingProfile.defaultAddress." + f + " is required.");
      }
    }
    String companyName = Jsons.text(billing, "companyName");
    if (companyName == null) {
      companyName = Jsons.text(company, "companyName");
    }
    if (companyName == null) {
      throw ApiError.invalidInput("billingProfile.companyName is required.");
    }
    String full = (domain.contains(".") ? domain : domain + ".onmicrosoft.com").toLowerCase(Locale.ROOT);
    if (!full.endsWith(".onmicrosoft.com")) {
      throw ApiError.invalidInput("companyProfile.domain must be an onmicrosoft.com domain: " + domain);
    }
    if (state.domainTaken(full)) {
      throw new ApiError(409, 1003, "The domain " + full + " is already in use.");
    }
    CustomerRec c = CustomerFactory.create(state, companyName, full, (ObjectNode) billing,
        Jsons.text(body, "associatedPartnerId"));
    ObjectNode answer = CustomerViews.customer(c);
    ObjectNode creds = answer.putObject("userCredentials");
    creds.put("userName", "admin@" + full);
    creds.put("password", "Fk!" + state.ids.token());
    state.audit(c, "customer", "add_customer").newValue(CustomerViews.customer(c));
    return Response.json(201, answer);
  }

  private Response delete(Request q) {
    CustomerRec c = state.customer(q.var("c"));
    if (!ctx.settings().sandbox) {
      throw new ApiError(403, 600006, "The requested action is not allowed: customers can only be deleted in a sandbox.");
    }
    state.customers.remove(c.id.toLowerCase(Locale.ROOT));
    state.audit(c, "customer", "delete_customer").oldValue(CustomerViews.customer(c));
    return Response.empty(204);
  }

  private Response updateBilling(Request q) {
    CustomerRec c = state.customer(q.var("c"));
    String ifMatch = q.header("If-Match");
    JsonNode body = q.json();
    String bodyEtag = Jsons.text(Jsons.field(body, "attributes"), "etag");
    String expected = "\"" + c.billingEtag + "\"";
    String given = ifMatch != null ? ifMatch : bodyEtag;
    if (given != null && !given.replace("\"", "").equals(expected.replace("\"", ""))) {
      throw new ApiError(412, 2055, "The etag is no longer valid; read the billing profile again.");
    }
    ObjectNode before = CustomerViews.billingProfile(c);
    ObjectNode updated = ((ObjectNode) c.json.get("billingProfile")).deepCopy();
    body.fields().forEachRemaining(e -> {
      if (!e.getKey().equals("attributes") && !e.getKey().equals("links") && !e.getKey().equals("id")) {
        updated.set(e.getKey(), e.getValue());
      }
    });
    c.json.set("billingProfile", updated);
    c.billingEtag++;
    state.audit(c, "customer", "update_customer_billing_profile").oldValue(before)
        .newValue(CustomerViews.billingProfile(c));
    return Response.ok(CustomerViews.billingProfile(c));
  }

  private Response acceptAgreement(Request q) {
    CustomerRec c = state.customer(q.var("c"));
    JsonNode body = q.json();
    ObjectNode a = ((ObjectNode) body).deepCopy();
    if (Jsons.text(a, "type") == null) {
      a.put("type", "MicrosoftCustomerAgreement");
    }
    String template = TEMPLATES.get(Jsons.text(a, "type"));
    if (template == null) {
      throw ApiError.invalidInput("type: not an agreement type a customer accepts: " + Jsons.text(a, "type") + ".");
    }
    if (!template.equalsIgnoreCase(String.valueOf(Jsons.text(a, "templateId")))) {
      throw ApiError.invalidInput("templateId: must be the current " + Jsons.text(a, "type") + " template "
          + template + " (GET /agreements?agreementType=" + Jsons.text(a, "type") + "), was "
          + Jsons.text(a, "templateId") + ".");
    }
    if (Jsons.text(a, "dateAgreed") == null) {
      a.put("dateAgreed", Jsons.time(state.now()));
    }
    Jsons.attributes(a, "Agreement");
    c.agreements.add(a);
    return Response.json(201, a);
  }

  /** Agreement templates by type, as Microsoft's agreement metadata samples list them. */
  private static final Map<String, String> TEMPLATES = Map.of(
      "MicrosoftCustomerAgreement", "117a77b0-9360-443b-8795-c6dedc750cf9",
      "MicrosoftCloudAgreement", "998b88de-aa99-4388-a42c-1b3517d49490");
  private static final Map<String, String> AGREEMENT_LINKS = Map.of(
      "MicrosoftCustomerAgreement", "https://aka.ms/customeragreement",
      "MicrosoftCloudAgreement", "https://docs.microsoft.com/partner-center/agreements");

  /** The customer's accepted agreements, of one {@code agreementType} when given ({@code All}: every type). */
  private Response customerAgreements(Request q) {
    String type = q.query("agreementType");
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode a : state.customer(q.var("c")).agreements) {
      if (type == null || type.equalsIgnoreCase("All") || type.equalsIgnoreCase(Jsons.text(a, "type"))) {
        out.add(a);
      }
    }
    return Response.ok(Paging.collection(out, "Collection"));
  }

  private Response agreementMetadata(Request q) {
    String type = q.query("agreementType");
    List<ObjectNode> out = new ArrayList<>();
    for (String t : List.of("MicrosoftCloudAgreement", "MicrosoftCustomerAgreement")) {
      if (type == null || type.equalsIgnoreCase("All") || type.equalsIgnoreCase(t)) {
        ObjectNode m = Jsons.object();
        m.put("templateId", TEMPLATES.get(t));
        m.put("agreementType", t);
        m.put("agreementLink", AGREEMENT_LINKS.get(t));
        m.put("versionRank", 0);
        out.add(m);
      }
    }
    if (out.isEmpty()) {
      throw ApiError.invalidInput("agreementType: MicrosoftCloudAgreement, MicrosoftCustomerAgreement or All, was "
          + type + ".");
    }
    return Response.ok(Paging.collection(out, "Collection"));
  }

  private Response relationshipRequest(Request q) {
    ObjectNode n = Jsons.object();
    n.put("url", "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId="
        + state.partnerId + "&msppId=0&DAP=true#/BillingAccounts/partner-invitation");
    return Response.ok(Jsons.attributes(n, "RelationshipRequest"));
  }
}
