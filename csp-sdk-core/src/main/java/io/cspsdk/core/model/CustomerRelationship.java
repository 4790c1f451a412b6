package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How a customer relates to the partner ({@code relationshipToPartner}) (open: unknown values are kept as sent). */
public final class CustomerRelationship extends OpenEnum {
  private static final Registry<CustomerRelationship> R = new Registry<>(CustomerRelationship::new);

  public static final CustomerRelationship NONE = R.known("none");
  public static final CustomerRelationship RESELLER = R.known("reseller");
  public static final CustomerRelationship ADVISOR = R.known("advisor");
  public static final CustomerRelationship SYNDICATION = R.known("syndication");
  public static final CustomerRelationship MICROSOFT_SUPPORT = R.known("microsoft_support");

  private CustomerRelationship(String value) {
    super(value);
  }

  @JsonCreator
  public static CustomerRelationship of(String value) {
    return R.of(value);
  }

  /** Whether this is one of the constants above. */
  public boolean isKnown() {
    return R.isKnown(this);
  }
}
