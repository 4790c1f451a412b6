package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The licence SKU of a subscribed SKU or of a user's licence. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableProductSku.class)
@JsonDeserialize(as = ImmutableProductSku.class)
public abstract class ProductSku {
  public abstract Optional<String> id();

  public abstract Optional<String> name();

  public abstract Optional<String> skuPartNumber();

  public abstract Optional<String> targetType();

  /** The licence group ({@code Group1} = Microsoft Entra ID, {@code Group2} = Minecraft); one per licence update. */
  public abstract Optional<String> licenseGroupId();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link ProductSku}. */
  public static final class Builder extends ImmutableProductSku.Builder {}
}
