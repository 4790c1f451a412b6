package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A new-commerce cart: line items to check out into orders. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableCart.class)
@JsonDeserialize(as = ImmutableCart.class)
public abstract class Cart {
  /** The cart id; always sent by Partner Center. */
  public abstract String id();

  public abstract Optional<OffsetDateTime> creationTimestamp();

  public abstract Optional<OffsetDateTime> lastModifiedTimestamp();

  public abstract Optional<OffsetDateTime> expirationTimestamp();

  public abstract Optional<String> lastModifiedUser();

  public abstract Optional<String> status();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<CartLineItem> lineItems();

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

  /** Builder of {@link Cart}. */
  public static final class Builder extends ImmutableCart.Builder {}
}
