package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A customer's company profile ({@code companyProfile}). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableCompanyProfile.class)
@JsonDeserialize(as = ImmutableCompanyProfile.class)
public abstract class CompanyProfile {
  public abstract Optional<String> tenantId();

  /** The initial {@code *.onmicrosoft.com} domain. */
  public abstract Optional<String> domain();

  public abstract Optional<String> companyName();

  /** {@code etag} and {@code objectType}. */
  public abstract Optional<ResourceAttributes> attributes();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link CompanyProfile}. */
  public static final class Builder extends ImmutableCompanyProfile.Builder {}
}
