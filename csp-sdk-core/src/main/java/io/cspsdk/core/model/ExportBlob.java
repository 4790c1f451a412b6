package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** One blob of a reconciliation export: its name below the manifest's root directory and its partition. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableExportBlob.class)
@JsonDeserialize(as = ImmutableExportBlob.class)
public abstract class ExportBlob {
  public abstract String name();

  public abstract Optional<String> partitionValue();

  public static ExportBlob of(String name, String partitionValue) {
    return builder().name(name).partitionValue(Optional.ofNullable(partitionValue)).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link ExportBlob}. */
  public static final class Builder extends ImmutableExportBlob.Builder {}
}
