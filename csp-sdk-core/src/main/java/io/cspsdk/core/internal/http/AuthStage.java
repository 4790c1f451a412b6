package io.cspsdk.core.internal.http;

import io.cspsdk.core.auth.AccessToken;
import io.cspsdk.core.auth.TokenCredential;
import io.cspsdk.core.auth.TokenRequest;
import io.cspsdk.core.error.CredentialException;
import io.cspsdk.core.error.PartnerCenterException;
import java.io.IOException;

/** Adds {@code Authorization: Bearer} with a token for the audience's scope (none for EXTERNAL URLs). */
final class AuthStage implements Stage {
  static final String PARTNER_CENTER_SCOPE = "https://api.partnercenter.microsoft.com/.default";
  static final String GRAPH_SCOPE = "https://graph.microsoft.com/.default";
  static final String PRICE_SHEETS_SCOPE = "https://api.partner.microsoft.com/.default";

  private static final TokenRequest PARTNER_CENTER = TokenRequest.of(PARTNER_CENTER_SCOPE);
  private static final TokenRequest GRAPH = TokenRequest.of(GRAPH_SCOPE);
  private static final TokenRequest PRICE_SHEETS = TokenRequest.of(PRICE_SHEETS_SCOPE);

  private final TokenCredential credential;

  AuthStage(TokenCredential credential) {
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

  @Override
  public RawResponse handle(Exchange ex, Chain chain) throws IOException {
    TokenRequest request = tokenRequest(ex.audience());
    if (request == null) {
      ex.headers.remove("Authorization");
    } else {
      ex.headers.put("Authorization", "Bearer " + token(request).token());
    }
    return chain.proceed(ex);
  }
}
