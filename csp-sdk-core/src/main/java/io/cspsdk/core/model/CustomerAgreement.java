package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** A customer's acceptance of an agreement (e.g. the Microsoft Customer Agreement). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableCustomerAgreement.class)
@JsonDeserialize(as = ImmutableCustomerAgreement.class)
public abstract class CustomerAgreement {
  public abstract Optional<AgreementContact> primaryContact();

  public abstract Optional<OffsetDateTime> dateAgreed();

  public abstract Optional<AgreementType> type();

  public abstract Optional<String> agreementLink();

  public abstract Optional<String> templateId();

  public abstract Optional<String> userId();

  /** {@code etag} and {@code objectType}. */
  public abstract Optional<ResourceAttributes> attributes();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link CustomerAgreement}. */
  public static final class Builder extends ImmutableCustomerAgreement.Builder {}
}
