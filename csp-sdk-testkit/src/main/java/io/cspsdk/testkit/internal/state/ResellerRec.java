package io.cspsdk.testkit.internal.state;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An indirect reseller of the fake's partner (the fake then plays an indirect provider, a distributor). */
public final class ResellerRec {
  public final String tenantId;
  public final String name;
  public final String mpnId;
  public final String location;
  public String state = "Active";

  public ResellerRec(String tenantId, String name, String mpnId, String location) {
    this.tenantId = tenantId;
    this.name = name;
    this.mpnId = mpnId;
    this.location = location;
  }

  /** Partner Center's PartnerRelationship resource as the provider lists it. */
  public ObjectNode toJson(boolean withStateAndLocation) {
    ObjectNode n = Jsons.object();
    n.put("id", tenantId);
    n.put("name", name);
    n.put("relationshipType", "is_indirect_cloud_solution_provider_of");
    if (withStateAndLocation) {
      n.put("state", state);
    }
    n.put("mpnId", mpnId);
    if (withStateAndLocation) {
      n.put("location", location);
    }
    return Jsons.attributes(n, "PartnerRelationship");
  }
}
