package io.cspsdk.core.relationships;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.model.Customer;
import io.cspsdk.core.model.PartnerRelationship;
import io.cspsdk.core.model.Subscription;

/**
 * The indirect (two-tier) model as Partner Center exposes it (App+User credentials only): a provider's indirect
 * resellers, a reseller's providers, the resellers a customer has a relationship with, the customers of one
 * reseller, and a customer's subscriptions attributed to one reseller.
 */
public interface Relationships {
  /** As an indirect provider: the indirect resellers ({@code relationship_type=IsIndirectCloudSolutionProviderOf}). */
  default PagedIterable<PartnerRelationship> indirectResellers() {
    return indirectResellers(RequestOptions.none());
  }

  PagedIterable<PartnerRelationship> indirectResellers(RequestOptions options);

  /** As an indirect reseller: the indirect providers ({@code relationship_type=IsIndirectResellerOf}). */
  default PagedIterable<PartnerRelationship> indirectProviders() {
    return indirectProviders(RequestOptions.none());
  }

  PagedIterable<PartnerRelationship> indirectProviders(RequestOptions options);

  /** The indirect resellers a customer has a relationship with; empty when Partner Center answers none. */
  default PagedIterable<PartnerRelationship> ofCustomer(String customerId) {
    return ofCustomer(customerId, RequestOptions.none());
  }

  PagedIterable<PartnerRelationship> ofCustomer(String customerId, RequestOptions options);

  /** The customers of the indirect reseller with this tenant id (the {@code IndirectReseller} customer filter). */
  default PagedIterable<Customer> customersOf(String resellerTenantId) {
    return customersOf(resellerTenantId, RequestOptions.none());
  }

  PagedIterable<Customer> customersOf(String resellerTenantId, RequestOptions options);

  /** A customer's subscriptions whose {@code partnerId} is this reseller MPN id ({@code mpn_id} query). */
  default PagedIterable<Subscription> subscriptionsOf(String customerId, String resellerMpnId) {
    return subscriptionsOf(customerId, resellerMpnId, RequestOptions.none());
  }

  PagedIterable<Subscription> subscriptionsOf(String customerId, String resellerMpnId, RequestOptions options);
}
