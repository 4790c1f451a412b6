package io.cspsdk.sync.twotier;

import io.cspsdk.core.error.ValidationException;

/** A distributor-side change to a field the reseller owns; {@link #field()} names it. Nothing was changed. */
public class LockedFieldException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /** For {@code field} of the mirrored account or subscription {@code id}. */
  public LockedFieldException(String field, String id) {
    super(field, "is locked: owned by the reseller and mirrored from its system, refused for " + id);
  }
}
