package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The severity of a service request (open: unknown values are kept as sent). */
public final class ServiceRequestSeverity extends OpenEnum {
  private static final Registry<ServiceRequestSeverity> R = new Registry<>(ServiceRequestSeverity::new);

  public static final ServiceRequestSeverity UNKNOWN = R.known("unknown");
  public static final ServiceRequestSeverity CRITICAL = R.known("critical");
  public static final ServiceRequestSeverity MODERATE = R.known("moderate");
  public static final ServiceRequestSeverity MINIMAL = R.known("minimal");

  private ServiceRequestSeverity(String value) {
    super(value);
  }

  @JsonCreator
  public static ServiceRequestSeverity of(String value) {
    return R.of(value);
  }

  /** Whether this is one of the constants above. */
  public boolean isKnown() {
    return R.isKnown(this);
  }
}
