package io.cspsdk.core.internal.http;

import io.cspsdk.core.auth.AccessToken;
import io.cspsdk.core.auth.TokenRequest;
import io.cspsdk.core.error.CredentialException;
import io.cspsdk.core.error.PartnerCenterException;
import io.cspsdk.core.internal.auth.CachingTokenCredential;
import java.io.IOException;

/**
 * Adds {@code Authorization: Bearer} with a token for the audience's scope (none for EXTERNAL URLs). A 401 answer
 * drops the cached token and the attempt is repeated once with a newly fetched one.
 */
final class AuthStage implements Stage {
  static final String PARTNER_CENTER_SCOPE = "https://api.partnercenter.microsoft.com/.default";
  static final String GRAPH_SCOPE = "https://graph.microsoft.com/.default";
  static final String PRICE_SHEETS_SCOPE = "https://api.partner.microsoft.com/.default";

  private static final TokenRequest PARTNER_CENTER = TokenRequest.of(PARTNER_CENTER_SCOPE);
  private static final TokenRequest GRAPH = TokenRequest.of(GRAPH_SCOPE);
  private static final TokenRequest PRICE_SHEETS = TokenRequest.of(PRICE_SHEETS_SCOPE);

  private final CachingTokenCredential credential;
  /** The last header built, per token object: most calls reuse one cached token, so one string serves them all. */
  private volatile BearerHeader last;

  private record BearerHeader(AccessToken token, String value) {
    @Override
    public String toString() {
      return "BearerHeader[****]";
    }
  }

  AuthStage(CachingTokenCredential credential) {
    this.credential = credential;
  }

  static TokenRequest tokenRequest(Audience audience) {
    switch (audience) {
      case PARTNER_CENTER: return PARTNER_CENTER;
      case GRAPH: return GRAPH;
      case PRICE_SHEETS: return PRICE_SHEETS;
      default: return null;
    }
  }

  private AccessToken token(TokenRequest request) {
    try {
      return credential.getToken(request);
    } catch (PartnerCenterException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new CredentialException("The credential failed to provide a token for " + request.scopes() + " ("
          + e.getClass().getSimpleName() + ")", "credential_error", e);
    }
  }

  private String bearer(AccessToken token) {
    BearerHeader h = last;
    if (h == null || h.token() != token) {
      h = new BearerHeader(token, "Bearer " + token.token());
      last = h;
    }
    return h.value();
  }

  @Override
  public RawResponse handle(Exchange ex, Chain chain) throws IOException {
    TokenRequest request = tokenRequest(ex.audience());
    if (request == null) {
      ex.headers.remove("Authorization");
      return chain.proceed(ex);
    }
    AccessToken token = token(request);
    ex.headers.put("Authorization", bearer(token));
    RawResponse response = chain.proceed(ex);
    if (response.status() != 401) {
      return response;
    }
    // A cached token can be revoked before it expires: drop it and try once with a fresh one.
    credential.invalidate(request, token);
    AccessToken fresh = token(request);
    if (fresh.token().equals(token.token())) {
      return response;
    }
    response.close();
    ex.headers.put("Authorization", "Bearer " + fresh.token());
    return chain.proceed(ex);
  }
}
