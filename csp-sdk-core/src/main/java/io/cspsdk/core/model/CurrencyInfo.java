package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A currency code with its symbol. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableCurrencyInfo.class)
@JsonDeserialize(as = ImmutableCurrencyInfo.class)
public abstract class CurrencyInfo {
  public abstract Optional<String> code();

  public abstract Optional<String> symbol();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link CurrencyInfo}. */
  public static final class Builder extends ImmutableCurrencyInfo.Builder {}
}
