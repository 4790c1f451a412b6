package io.cspsdk.core.internal.relationships;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.customers.CustomerFilter;
import io.cspsdk.core.internal.customers.CustomersImpl;
import io.cspsdk.core.internal.http.ApiCaller;
import io.cspsdk.core.internal.http.ApiRequest;
import io.cspsdk.core.internal.validation.Inputs;
import io.cspsdk.core.model.Customer;
import io.cspsdk.core.model.PartnerRelationship;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.relationships.Relationships;
import java.util.Objects;

/** {@link Relationships} over the {@link ApiCaller}. */
public final class RelationshipsImpl implements Relationships {
  private final ApiCaller caller;

  public RelationshipsImpl(ApiCaller caller) {
    this.caller = Objects.requireNonNull(caller, "caller");
  }

  @Override
  public PagedIterable<PartnerRelationship> indirectResellers(RequestOptions options) {
    return byType("IsIndirectCloudSolutionProviderOf", options);
  }

  @Override
  public PagedIterable<PartnerRelationship> indirectProviders(RequestOptions options) {
    return byType("IsIndirectResellerOf", options);
  }

  private PagedIterable<PartnerRelationship> byType(String type, RequestOptions options) {
    return caller.list(ApiRequest.get("/relationships").query("relationship_type", type).options(options).build(),
        PartnerRelationship.class);
  }

  @Override
  public PagedIterable<PartnerRelationship> ofCustomer(String customerId, RequestOptions options) {
    String path = "/customers/" + ApiRequest.segment(Inputs.nonBlank("customerId", customerId)) + "/relationships";
    // Partner Center answers a JSON null when the customer has no indirect reseller
    return caller.list(ApiRequest.get(path).nullMeansEmpty().options(options).build(), PartnerRelationship.class);
  }

  @Override
  public PagedIterable<Customer> customersOf(String resellerTenantId, RequestOptions options) {
    return new CustomersImpl(caller).list(CustomerFilter.indirectReseller(resellerTenantId), options);
  }

  @Override
  public PagedIterable<Subscription> subscriptionsOf(String customerId, String resellerMpnId,
                                                     RequestOptions options) {
    String path = "/customers/" + ApiRequest.segment(Inputs.nonBlank("customerId", customerId)) + "/subscriptions";
    return caller.list(ApiRequest.get(path).query("mpn_id", Inputs.nonBlank("resellerMpnId", resellerMpnId))
        .options(options).build(), Subscription.class);
  }
}
