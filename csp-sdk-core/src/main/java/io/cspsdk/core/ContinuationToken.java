package io.cspsdk.core;

import java.util.Objects;

/**
 * An opaque, serialisable position in a paged listing: it captures the next link's URI and the headers that must
 * be sent with it (e.g. {@code MS-ContinuationToken}). Store {@link #asString()} and resume later with
 * {@link #parse(String)}.
 */
public final class ContinuationToken {
  private final String value;

  private ContinuationToken(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** Wraps an encoded token; the encoding is internal to csp-sdk and may change between major versions. */
  public static ContinuationToken parse(String encoded) {
    if (encoded == null || encoded.isBlank()) {
      throw new IllegalArgumentException("continuationToken: must not be blank");
    }
    return new ContinuationToken(encoded.trim());
  }

  /** The encoded form, safe to store and pass back to {@link #parse(String)}. */
  public String asString() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContinuationToken && ((ContinuationToken) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "ContinuationToken[" + value.length() + " chars]";
  }
}
