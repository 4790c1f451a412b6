package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The kind of agreement a customer accepted ({@code type} of a customer agreement, {@code agreementType} of the
 * agreement queries); open: unknown types are kept as sent.
 */
public final class AgreementType extends OpenEnum {
  private static final Registry<AgreementType> R = new Registry<>(AgreementType::new);

  /** The Microsoft Customer Agreement, required for new-commerce purchases. */
  public static final AgreementType MICROSOFT_CUSTOMER_AGREEMENT = R.known("MicrosoftCustomerAgreement");
  /** The legacy Microsoft Cloud Agreement. */
  public static final AgreementType MICROSOFT_CLOUD_AGREEMENT = R.known("MicrosoftCloudAgreement");

  private AgreementType(String value) {
    super(value);
  }

  /** The known type matching {@code value} (case- and separator-insensitive), else a new one as written. */
  @JsonCreator
  public static AgreementType of(String value) {
    return R.of(value);
  }

  /** Whether this is one of the constants above. */
  public boolean isKnown() {
    return R.isKnown(this);
  }
}
