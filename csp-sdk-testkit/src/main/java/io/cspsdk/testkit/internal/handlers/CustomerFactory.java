package io.cspsdk.testkit.internal.handlers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.testkit.internal.state.CustomerRec;
import io.cspsdk.testkit.internal.state.FakeState;
import io.cspsdk.testkit.internal.state.Jsons;

/** Creates customer records with Partner Center's generated fields (ids, tenant id, commerce id). */
public final class CustomerFactory {
  private CustomerFactory() {}

  public static CustomerRec create(FakeState state, String companyName, String domain, ObjectNode billingIn,
                                   String associatedPartnerId) {
    String id = state.ids.guid();
    ObjectNode json = Jsons.object();
    json.put("id", id);
    json.put("commerceId", state.ids.guid());
    ObjectNode cp = json.putObject("companyProfile");
    cp.put("tenantId", id);
    cp.put("domain", domain);
    cp.put("companyName", companyName);
    ObjectNode bp = billingIn == null ? Jsons.object() : billingIn.deepCopy();
    bp.remove("attributes");
    bp.remove("links");
    bp.put("id", state.ids.guid());
    if (!bp.has("companyName")) {
      bp.put("companyName", companyName);
    }
    if (!bp.has("culture")) {
      bp.put("culture", "en-US");
    }
    if (!bp.has("language")) {
      bp.put("language", "en");
    }
    if (!bp.has("email")) {
      bp.put("email", "billing@" + domain);
    }
    if (!bp.has("defaultAddress")) {
      ObjectNode a = bp.putObject("defaultAddress");
      a.put("country", "US");
      a.put("region", "WA");
      a.put("city", "Redmond");
      a.put("state", "WA");
      a.put("addressLine1", "1 Microsoft Way");
      a.put("postalCode", "98052");
      a.put("firstName", "Alex");
      a.put("lastName", "Wilber");
      a.put("phoneNumber", "4255550100");
    }
    json.set("billingProfile", bp);
    json.put("relationshipToPartner", "reseller");
    json.put("allowDelegatedAccess", true);
    json.putArray("customDomains");
    if (associatedPartnerId != null) {
      json.put("associatedPartnerId", associatedPartnerId);
    }
    CustomerRec c = new CustomerRec(id, json);
    state.putCustomer(c);
    return c;
  }
}
