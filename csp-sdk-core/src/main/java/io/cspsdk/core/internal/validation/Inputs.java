package io.cspsdk.core.internal.validation;

import io.cspsdk.core.error.ValidationException;
import java.util.Optional;

/** Argument checks of resource groups: each failure is a {@link ValidationException} naming the field and rule. */
public final class Inputs {
  private Inputs() {}

  /** The value, when it is not null and not blank. */
  public static String nonBlank(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new ValidationException(field, "is required and must not be blank");
    }
    return value;
  }

  /** The value of a present, non-blank optional. */
  public static String nonBlank(String field, Optional<String> value) {
    return nonBlank(field, value.orElse(null));
  }

  /** The value, when it is not null. */
  public static <T> T present(String field, T value) {
    if (value == null) {
      throw new ValidationException(field, "is required");
    }
    return value;
  }

  /** The value, when it is at least {@code min}. */
  public static int atLeast(String field, int value, int min) {
    if (value < min) {
      throw new ValidationException(field, "must be at least " + min + ", was " + value);
    }
    return value;
  }
}
