package io.cspsdk.core.internal.auth;

import com.microsoft.aad.msal4j.ITokenCacheAccessAspect;
import com.microsoft.aad.msal4j.ITokenCacheAccessContext;
import io.cspsdk.core.auth.TokenCacheStore;
import java.util.Optional;

/**
 * MSAL's cache aspect over a {@link TokenCacheStore}: before each cache access the stored cache replaces MSAL's
 * in-memory one (an empty store empties it), after each change the whole cache is saved. Store failures become a
 * {@link TokenCacheStoreFailure} that carries neither the store's exception nor its message.
 */
final class StoreCacheAspect implements ITokenCacheAccessAspect {
  private static final String EMPTY_CACHE = "{}";

  private final TokenCacheStore store;

  StoreCacheAspect(TokenCacheStore store) {
    this.store = store;
  }

  @Override
  public void beforeCacheAccess(ITokenCacheAccessContext context) {
    Optional<String> stored;
    try {
      stored = store.load();
    } catch (RuntimeException e) {
      throw new TokenCacheStoreFailure("load", e);
    }
    String cache = stored == null ? EMPTY_CACHE : stored.filter(s -> !s.isBlank()).orElse(EMPTY_CACHE);
    try {
      context.tokenCache().deserialize(cache);
    } catch (RuntimeException e) {
      throw new TokenCacheStoreFailure("read (the stored text is not a token cache)", e);
    }
  }

  @Override
  public void afterCacheAccess(ITokenCacheAccessContext context) {
    if (!context.hasCacheChanged()) {
      return;
    }
    String cache = context.tokenCache().serialize();
    try {
      store.save(cache);
    } catch (RuntimeException e) {
      throw new TokenCacheStoreFailure("save", e);
    }
  }

  @Override
  public String toString() {
    return "StoreCacheAspect{" + store + "}";
  }
}
