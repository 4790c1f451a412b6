package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A record of an operation performed by a partner user or application (last 90 days). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAuditRecord.class)
@JsonDeserialize(as = ImmutableAuditRecord.class)
public abstract class AuditRecord {
  public abstract Optional<String> id();

  public abstract Optional<String> partnerId();

  public abstract Optional<String> customerId();

  public abstract Optional<String> customerName();

  public abstract Optional<String> userPrincipalName();

  public abstract Optional<String> applicationId();

  public abstract Optional<String> resourceType();

  /** The resource before, as a JSON string. */
  public abstract Optional<String> resourceOldValue();

  /** The resource after, as a JSON string. */
  public abstract Optional<String> resourceNewValue();

  public abstract Optional<AuditOperationType> operationType();

  public abstract Optional<OffsetDateTime> operationDate();

  public abstract Optional<String> operationStatus();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<KeyValuePair> customizedData();

  public abstract Optional<String> sessionId();

  /** {@code etag} and {@code objectType}. */
  public abstract Optional<ResourceAttributes> attributes();

  /** The first value of {@code customizedData} under {@code key}. */
  public Optional<String> customizedValue(String key) {
    return customizedData().stream().filter(kv -> kv.key().filter(key::equals).isPresent()).findFirst()
        .flatMap(KeyValuePair::value);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link AuditRecord}. */
  public static final class Builder extends ImmutableAuditRecord.Builder {}
}
