package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a finished reconciliation export lies: a storage directory, a SAS token granting read access (never in
 * toString), and the blobs ({@code dataFormat compressedJSON}: gzipped JSON lines).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableExportManifest.class)
@JsonDeserialize(as = ImmutableExportManifest.class)
public abstract class ExportManifest {
  public abstract Optional<String> id();

  public abstract Optional<String> schemaVersion();

  public abstract Optional<String> dataFormat();

  public abstract Optional<OffsetDateTime> createdDateTime();

  public abstract Optional<String> partnerTenantId();

  public abstract Optional<String> partitionType();

  public abstract String rootDirectory();

  @Value.Redacted
  public abstract String sasToken();

  public abstract Optional<Integer> blobCount();

  public abstract List<ExportBlob> blobs();

  /** The download URL of one blob: {@code rootDirectory/name?sasToken}. Contains the SAS token: do not log it. */
  public String blobUrl(ExportBlob blob) {
    String root = rootDirectory().endsWith("/") ? rootDirectory() : rootDirectory() + "/";
    String name = blob.name().startsWith("/") ? blob.name().substring(1) : blob.name();
    String sas = sasToken().startsWith("?") ? sasToken().substring(1) : sasToken();
    return root + name + (sas.isEmpty() ? "" : "?" + sas);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link ExportManifest}. */
  public static final class Builder extends ImmutableExportManifest.Builder {}
}
