package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The customer's contact who accepted an agreement. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAgreementContact.class)
@JsonDeserialize(as = ImmutableAgreementContact.class)
public abstract class AgreementContact {
  public abstract Optional<String> firstName();

  public abstract Optional<String> lastName();

  public abstract Optional<String> email();

  public abstract Optional<String> phoneNumber();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link AgreementContact}. */
  public static final class Builder extends ImmutableAgreementContact.Builder {}
}
