package io.cspsdk.testkit.internal.handlers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.testkit.internal.state.CustomerRec;
import io.cspsdk.testkit.internal.state.Jsons;

/** Renders customer resources. */
public final class CustomerViews {
  private CustomerViews() {}

  public static ObjectNode customer(CustomerRec c) {
    ObjectNode n = c.json.deepCopy();
    n.remove("userCredentials");
    ObjectNode cp = (ObjectNode) n.get("companyProfile");
    Jsons.attributes(cp, "CustomerCompanyProfile");
    ObjectNode bp = billingProfile(c);
    n.set("billingProfile", bp);
    ObjectNode links = n.putObject("links");
    links.set("self", Jsons.link("/customers/" + c.id));
    Jsons.attributes(n, "Customer");
    return n;
  }

  static ObjectNode billingProfile(CustomerRec c) {
    ObjectNode bp = ((ObjectNode) c.json.get("billingProfile")).deepCopy();
    ObjectNode attrs = bp.putObject("attributes");
    attrs.put("etag", "\"" + c.billingEtag + "\"");
    attrs.put("objectType", "CustomerBillingProfile");
    return bp;
  }
}
