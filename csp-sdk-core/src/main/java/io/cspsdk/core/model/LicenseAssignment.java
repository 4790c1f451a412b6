package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** One SKU to assign to a user, optionally without some of its service plans. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableLicenseAssignment.class)
@JsonDeserialize(as = ImmutableLicenseAssignment.class)
public abstract class LicenseAssignment {
  public abstract String skuId();

  /** Service plan ids to leave disabled. */
  public abstract List<String> excludedPlans();

  public static LicenseAssignment of(String skuId) {
    return builder().skuId(skuId).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link LicenseAssignment}. */
  public static final class Builder extends ImmutableLicenseAssignment.Builder {}
}
