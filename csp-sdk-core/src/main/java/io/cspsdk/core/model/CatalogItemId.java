package io.cspsdk.core.model;

import io.cspsdk.core.error.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * A new-commerce catalog item id, {@code productId:skuId:availabilityId} (e.g. {@code CFQ7TTC0LH18:0001:CFQ7TTC0K5DJ}).
 * Parsing trims the parts and refuses anything that is not three non-blank parts.
 */
public final class CatalogItemId {
  private final String productId;
  private final String skuId;
  private final String availabilityId;

  private CatalogItemId(String productId, String skuId, String availabilityId) {
    this.productId = productId;
    this.skuId = skuId;
    this.availabilityId = availabilityId;
  }

  /** The id of the given parts; {@link ValidationException} when a part is blank or contains ':'. */
  public static CatalogItemId of(String productId, String skuId, String availabilityId) {
    return new CatalogItemId(part("productId", productId), part("skuId", skuId),
        part("availabilityId", availabilityId));
  }

  /** Parses {@code productId:skuId:availabilityId}; {@link ValidationException} when malformed. */
  public static CatalogItemId parse(String value) {
    if (value == null || value.isBlank()) {
      throw new ValidationException("catalogItemId", "must not be blank");
    }
    String[] parts = value.trim().split(":", -1);
    if (parts.length != 3) {
      throw new ValidationException("catalogItemId",
          "must be productId:skuId:availabilityId (3 parts separated by ':'), was '" + value + "'");
    }
    return of(parts[0].trim(), parts[1].trim(), parts[2].trim());
  }

  /** Like {@link #parse(String)}, but empty instead of throwing. */
  public static Optional<CatalogItemId> tryParse(String value) {
    try {
      return Optional.of(parse(value));
    } catch (ValidationException e) {
      return Optional.empty();
    }
  }

  private static String part(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new ValidationException("catalogItemId." + field, "must not be blank");
    }
    if (value.indexOf(':') >= 0) {
      throw new ValidationException("catalogItemId." + field, "must not contain ':'");
    }
    return value.trim();
  }

  public String productId() {
    return productId;
  }

  public String skuId() {
    return skuId;
  }

  public String availabilityId() {
    return availabilityId;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CatalogItemId)) {
      return false;
    }
    CatalogItemId c = (CatalogItemId) o;
    return productId.equalsIgnoreCase(c.productId) && skuId.equalsIgnoreCase(c.skuId)
        && availabilityId.equalsIgnoreCase(c.availabilityId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(productId.toUpperCase(java.util.Locale.ROOT), skuId.toUpperCase(java.util.Locale.ROOT),
        availabilityId.toUpperCase(java.util.Locale.ROOT));
  }

  /** The wire form {@code productId:skuId:availabilityId}. */
  @Override
  public String toString() {
    return productId + ":" + skuId + ":" + availabilityId;
  }
}
