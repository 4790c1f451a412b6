package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The status of a service request (open: unknown values are kept as sent). */
public final class ServiceRequestStatus extends OpenEnum {
  private static final Registry<ServiceRequestStatus> R = new Registry<>(ServiceRequestStatus::new);

  public static final ServiceRequestStatus NONE = R.known("none");
  public static final ServiceRequestStatus OPEN = R.known("open");
  public static final ServiceRequestStatus CLOSED = R.known("closed");
  public static final ServiceRequestStatus ATTENTION_NEEDED = R.known("attention_needed");

  private ServiceRequestStatus(String value) {
    super(value);
  }

  @JsonCreator
  public static ServiceRequestStatus of(String value) {
    return R.of(value);
  }

  /** Whether this is one of the constants above. */
  public boolean isKnown() {
    return R.isKnown(this);
  }
}
