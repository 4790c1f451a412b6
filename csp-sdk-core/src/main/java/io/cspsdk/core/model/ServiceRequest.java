package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A support incident (service request) raised with Microsoft. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableServiceRequest.class)
@JsonDeserialize(as = ImmutableServiceRequest.class)
public abstract class ServiceRequest {
  public abstract Optional<String> id();

  public abstract Optional<String> title();

  public abstract Optional<String> description();

  public abstract Optional<ServiceRequestSeverity> severity();

  public abstract Optional<String> supportTopicId();

  public abstract Optional<String> supportTopicName();

  public abstract Optional<ServiceRequestStatus> status();

  public abstract Optional<ServiceRequestOrganization> organization();

  public abstract Optional<ServiceRequestContact> primaryContact();

  public abstract Optional<ServiceRequestContact> lastUpdatedBy();

  public abstract Optional<String> productName();

  public abstract Optional<String> productId();

  public abstract Optional<OffsetDateTime> createdDate();

  public abstract Optional<OffsetDateTime> lastModifiedDate();

  public abstract Optional<OffsetDateTime> lastClosedDate();

  public abstract Optional<ServiceRequestNote> newNote();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<ServiceRequestNote> notes();

  public abstract Optional<String> countryCode();

  /** {@code etag} and {@code objectType}. */
  public abstract Optional<ResourceAttributes> attributes();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link ServiceRequest}. */
  public static final class Builder extends ImmutableServiceRequest.Builder {}
}
