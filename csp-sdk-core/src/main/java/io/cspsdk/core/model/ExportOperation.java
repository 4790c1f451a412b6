package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The state of a Graph billing export ({@code /reports/partners/billing/operations/{id}}). On success the manifest
 * comes inline as {@link #resourceLocation()} or as a link in {@link #resourceLocationLink()}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableExportOperation.class)
@JsonDeserialize(as = ImmutableExportOperation.class)
public abstract class ExportOperation {
  public abstract Optional<String> id();

  public abstract Optional<ExportOperationStatus> status();

  public abstract Optional<OffsetDateTime> createdDateTime();

  public abstract Optional<OffsetDateTime> lastActionDateTime();

  public abstract Optional<ExportManifest> resourceLocation();

  @JsonProperty("resourceLocation@odata.navigationLink")
  public abstract Optional<String> resourceLocationLink();

  public abstract Optional<ExportError> error();

  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link ExportOperation}. */
  public static final class Builder extends ImmutableExportOperation.Builder {}
}
