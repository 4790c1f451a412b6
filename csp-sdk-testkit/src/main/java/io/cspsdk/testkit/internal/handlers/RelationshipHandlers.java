package io.cspsdk.testkit.internal.handlers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.core.model.PartnerRelationshipType;
import io.cspsdk.testkit.internal.paging.Paging;
import io.cspsdk.testkit.internal.server.ApiError;
import io.cspsdk.testkit.internal.server.Request;
import io.cspsdk.testkit.internal.server.Response;
import io.cspsdk.testkit.internal.server.Router;
import io.cspsdk.testkit.internal.state.CustomerRec;
import io.cspsdk.testkit.internal.state.FakeState;
import io.cspsdk.testkit.internal.state.Jsons;
import io.cspsdk.testkit.internal.state.ResellerRec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two-tier relationships with the fake's partner as indirect provider: its indirect resellers, and the reseller
 * a customer belongs to ({@code associatedPartnerId}).
 */
public final class RelationshipHandlers {
  private final FakeState state;

  public RelationshipHandlers(HandlerContext ctx) {
    this.state = ctx.state();
  }

  public void register(Router r) {
    r.add("GET", "/relationships", this::partnerRelationships);
    r.add("GET", "/customers/{c}/relationships", this::customerRelationships);
  }

  private Response partnerRelationships(Request q) {
    String raw = q.query("relationship_type");
    if (raw == null || raw.isBlank()) {
      throw ApiError.invalidInput("relationship_type is required.");
    }
    PartnerRelationshipType type = PartnerRelationshipType.of(raw);
    List<ObjectNode> out = new ArrayList<>();
    if (type.equals(PartnerRelationshipType.IS_INDIRECT_CLOUD_SOLUTION_PROVIDER_OF)) {
      state.resellers.values().forEach(r -> out.add(r.toJson(true)));
    } else if (!type.equals(PartnerRelationshipType.IS_INDIRECT_RESELLER_OF)) {
      throw ApiError.invalidInput("Unsupported relationship_type: " + raw);
    }
    // the fake's partner is a provider, never a reseller: IsIndirectResellerOf lists nothing
    return Response.ok(Paging.collection(out, "Collection"));
  }

  /** Partner Center answers a JSON {@code null} when the customer has no indirect reseller. */
  private Response customerRelationships(Request q) {
    CustomerRec c = state.customer(q.var("c"));
    String reseller = Jsons.text(c.json, "associatedPartnerId");
    ResellerRec r = reseller == null ? null : state.resellers.get(reseller.toLowerCase(Locale.ROOT));
    if (r == null) {
      return Response.bytes(200, Response.JSON, "null".getBytes(StandardCharsets.UTF_8));
    }
    return Response.ok(Paging.collection(List.of(r.toJson(false)), "Collection"));
  }
}
