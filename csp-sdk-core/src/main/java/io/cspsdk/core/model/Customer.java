package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A partner's customer (a Microsoft Entra tenant) as Partner Center returns it. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableCustomer.class)
@JsonDeserialize(as = ImmutableCustomer.class)
public abstract class Customer {
  /** The customer's tenant id. */
  public abstract String id();

  public abstract Optional<String> commerceId();

  public abstract Optional<CompanyProfile> companyProfile();

  public abstract Optional<BillingProfile> billingProfile();

  public abstract Optional<CustomerRelationship> relationshipToPartner();

  public abstract Optional<Boolean> allowDelegatedAccess();

  /** Sent only in the answer to a create. */
  public abstract Optional<CustomerUserCredentials> userCredentials();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> customDomains();

  public abstract Optional<String> associatedPartnerId();

  /** Partner Center's related-resource links by name (self, next, offer, ...). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, ResourceLink> links();

  /** {@code etag} and {@code objectType}. */
  public abstract Optional<ResourceAttributes> attributes();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link Customer}. */
  public static final class Builder extends ImmutableCustomer.Builder {}
}
