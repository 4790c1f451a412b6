package io.cspsdk.core.internal.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cspsdk.core.auth.AccessToken;
import io.cspsdk.core.auth.TokenCredential;
import io.cspsdk.core.auth.TokenRequest;
import io.cspsdk.core.error.CredentialException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Caches the tokens of another credential per (tenant, scopes) until {@code refreshMargin} before they expire, by
 * the injected clock. A refresh is computed atomically per key, so concurrent callers needing the same token share
 * one call to the underlying credential (single flight); callers of other keys are not blocked.
 */
public final class CachingTokenCredential implements TokenCredential {
  private final TokenCredential delegate;
  private final Clock clock;
  private final Duration refreshMargin;
  private final Cache<TokenRequest, AccessToken> cache = Caffeine.newBuilder().maximumSize(10_000).build();

  public CachingTokenCredential(TokenCredential delegate, Clock clock, Duration refreshMargin) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.refreshMargin = Objects.requireNonNull(refreshMargin, "refreshMargin");
  }

  @Override
  public AccessToken getToken(TokenRequest request) {
    AccessToken cached = cache.getIfPresent(request);
    if (isFresh(cached)) {
      return cached;
    }
    return cache.asMap().compute(request, (key, current) -> isFresh(current) ? current : fetch(key));
  }

  /** Drops the cached token of {@code request} if it is still {@code rejected} (the service refused it). */
  public void invalidate(TokenRequest request, AccessToken rejected) {
    cache.asMap().remove(request, rejected);
  }

  private boolean isFresh(AccessToken token) {
    return token != null && !token.expiresWithin(clock.instant(), refreshMargin);
  }

  private AccessToken fetch(TokenRequest request) {
    AccessToken token = delegate.getToken(request);
    if (token == null) {
      throw new CredentialException("The credential returned no token for " + request.scopes(), "no_token", null);
    }
    return token;
  }

  @Override
  public String toString() {
    return "CachingTokenCredential{" + delegate + "}";
  }
}
