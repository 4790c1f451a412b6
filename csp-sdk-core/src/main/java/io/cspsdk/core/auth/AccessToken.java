package io.cspsdk.core.auth;

import java.time.Instant;
import java.util.Objects;

/** A bearer token and the instant it expires. {@link #toString()} never shows the token. */
public final class AccessToken {
  private final String token;
  private final Instant expiresAt;

  public AccessToken(String token, Instant expiresAt) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("token: must not be blank");
    }
    this.token = token;
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** The bearer token value (a secret: never log it). */
  public String token() {
    return token;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  /** Whether the token is expired, or will be within {@code margin}, at {@code now}. */
  public boolean expiresWithin(Instant now, java.time.Duration margin) {
    return !now.plus(margin).isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return "AccessToken{token=****, expiresAt=" + expiresAt + "}";
  }
}
