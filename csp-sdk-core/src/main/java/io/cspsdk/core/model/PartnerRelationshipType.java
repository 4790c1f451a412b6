package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How another partner relates to the signed-in partner in two-tier CSP ({@code relationshipType}); open: unknown
 * values are kept as sent. Partner Center writes {@code is_indirect_cloud_solution_provider_of} in answers and
 * expects {@code IsIndirectCloudSolutionProviderOf} in the {@code relationship_type} query; both match.
 */
public final class PartnerRelationshipType extends OpenEnum {
  private static final Registry<PartnerRelationshipType> R = new Registry<>(PartnerRelationshipType::new);

  public static final PartnerRelationshipType NONE = R.known("none");
  /** Listed by an indirect reseller: the other partner is its indirect provider (distributor). */
  public static final PartnerRelationshipType IS_INDIRECT_RESELLER_OF = R.known("is_indirect_reseller_of");
  /** Listed by an indirect provider (distributor): the other partner is its indirect reseller. */
  public static final PartnerRelationshipType IS_INDIRECT_CLOUD_SOLUTION_PROVIDER_OF =
      R.known("is_indirect_cloud_solution_provider_of");

  private PartnerRelationshipType(String value) {
    super(value);
  }

  @JsonCreator
  public static PartnerRelationshipType of(String value) {
    return R.of(value);
  }

  /** Whether this is one of the constants above. */
  public boolean isKnown() {
    return R.isKnown(this);
  }
}
