package io.cspsdk.sync.twotier;

import io.cspsdk.core.error.ValidationException;
import java.time.Instant;
import java.util.Objects;

/** A distributor-owned record attached to a mirrored account or subscription; never touched by the reseller side. */
public record Attachment(AttachmentKind kind, String text, Instant at) {
  public Attachment {
    Objects.requireNonNull(kind, "kind");
    if (text == null || text.isBlank()) {
      throw new ValidationException("attachment.text", "is required");
    }
    Objects.requireNonNull(at, "at");
  }
}
