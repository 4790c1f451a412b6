package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The provisioning status of one order line item. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableProvisioningStatus.class)
@JsonDeserialize(as = ImmutableProvisioningStatus.class)
public abstract class ProvisioningStatus {
  public abstract Optional<Integer> lineItemNumber();

  /** e.g. {@code fulfilled}, {@code unfulfilled}, {@code pending}. */
  public abstract Optional<String> status();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<QuantityProvisioning> quantityProvisioningInformation();

  /** {@code etag} and {@code objectType}. */
  public abstract Optional<ResourceAttributes> attributes();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link ProvisioningStatus}. */
  public static final class Builder extends ImmutableProvisioningStatus.Builder {}
}
