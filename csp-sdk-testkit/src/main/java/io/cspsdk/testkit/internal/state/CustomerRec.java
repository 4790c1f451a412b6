package io.cspsdk.testkit.internal.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A customer tenant and everything that belongs to it. */
public final class CustomerRec {
  public final String id;
  /** Customer JSON without links/attributes (companyProfile, billingProfile, relationshipToPartner, ...). */
  public ObjectNode json;
  public long billingEtag = 1;
  public final List<ObjectNode> agreements = new ArrayList<>();
  public final List<ObjectNode> qualifications = new ArrayList<>();
  public final Map<String, SubscriptionRec> subscriptions = new LinkedHashMap<>();
  public final Map<String, ObjectNode> orders = new LinkedHashMap<>();
  public final Map<String, ObjectNode> carts = new LinkedHashMap<>();
  public final Map<String, UserRec> users = new LinkedHashMap<>();
  public final List<ObjectNode> transitions = new ArrayList<>();

  public CustomerRec(String id, ObjectNode json) {
    this.id = id;
    this.json = json;
  }

  public String companyName() {
    return Jsons.text(json.path("companyProfile"), "companyName");
  }

  public String domain() {
    return Jsons.text(json.path("companyProfile"), "domain");
  }

  public String country() {
    return Jsons.text(json.path("billingProfile").path("defaultAddress"), "country");
  }

  public String tenantId() {
    return Jsons.text(json.path("companyProfile"), "tenantId");
  }
}
