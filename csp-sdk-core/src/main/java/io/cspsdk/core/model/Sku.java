package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A SKU of a catalog product. {@link #dynamicAttributes()} keeps Partner Center's free-form attributes as sent;
 * typed helpers read the common ones ({@code isAddon}, {@code prerequisiteSkus}, {@code upgradeTargetOffers}).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSku.class)
@JsonDeserialize(as = ImmutableSku.class)
public abstract class Sku {
  public abstract String id();

  public abstract Optional<String> productId();

  public abstract Optional<String> title();

  public abstract Optional<String> description();

  public abstract Optional<Integer> minimumQuantity();

  public abstract Optional<Integer> maximumQuantity();

  @JsonProperty("isTrial")
  @Value.Default
  public boolean isTrial() {
    return false;
  }

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<BillingCycle> supportedBillingCycles();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> purchasePrerequisites();

  /** Free-form attributes as sent (strings, booleans, numbers, lists, objects; null values kept). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @AllowNulls
  public abstract Map<String, Object> dynamicAttributes();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, ResourceLink> links();

  public abstract Optional<ResourceAttributes> attributes();

  /** {@code dynamicAttributes.isAddon}; accepts a boolean or the strings "true"/"false". */
  @JsonIgnore
  public boolean isAddon() {
    Object v = dynamicAttributes().get("isAddon");
    return v instanceof Boolean ? (Boolean) v : v != null && Boolean.parseBoolean(v.toString().trim());
  }

  /** {@code dynamicAttributes.prerequisiteSkus}: catalog ids of SKUs that must be owned first (add-ons). */
  @JsonIgnore
  public List<String> prerequisiteSkus() {
    return stringList("prerequisiteSkus");
  }

  /** {@code dynamicAttributes.upgradeTargetOffers}: what this SKU can be upgraded to. */
  @JsonIgnore
  public List<String> upgradeTargetOffers() {
    return stringList("upgradeTargetOffers");
  }

  /**
   * {@code dynamicAttributes.provisioningId}: the licence SKU id ({@code SubscribedSku.productSku.id}) that seats
   * of this SKU appear under; empty for SKUs without licences (Azure, software).
   */
  @JsonIgnore
  public Optional<String> provisioningId() {
    return dynamicAttribute("provisioningId").filter(v -> !v.isBlank());
  }

  /** A string-valued dynamic attribute. */
  @JsonIgnore
  public Optional<String> dynamicAttribute(String name) {
    Object v = dynamicAttributes().get(name);
    return v == null ? Optional.empty() : Optional.of(v.toString());
  }

  private List<String> stringList(String name) {
    Object v = dynamicAttributes().get(name);
    if (v instanceof Collection<?>) {
      return ((Collection<?>) v).stream().filter(java.util.Objects::nonNull).map(Object::toString)
          .collect(Collectors.toUnmodifiableList());
    }
    return v == null || v.toString().isBlank() ? List.of() : List.of(v.toString());
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link Sku}. */
  public static final class Builder extends ImmutableSku.Builder {}
}
