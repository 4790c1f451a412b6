package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Another partner in a two-tier relationship: an indirect reseller seen by its provider, or the provider seen by
 * a reseller. {@code id} is the partner's tenant id, {@code mpnId} its MPN (partner location) id, the key that
 * subscriptions ({@code partnerId}) and reconciliation lines ({@code resellerMpnId}, {@code tier2MpnId}) carry.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutablePartnerRelationship.class)
@JsonDeserialize(as = ImmutablePartnerRelationship.class)
public abstract class PartnerRelationship {
  /** The other partner's tenant id. */
  public abstract String id();

  public abstract Optional<String> name();

  public abstract Optional<PartnerRelationshipType> relationshipType();

  /** {@code Active}, ... (as sent; absent on a customer's relationships). */
  public abstract Optional<String> state();

  public abstract Optional<String> mpnId();

  /** The partner's country (ISO code), when sent. */
  public abstract Optional<String> location();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link PartnerRelationship}. */
  public static final class Builder extends ImmutablePartnerRelationship.Builder {}
}
