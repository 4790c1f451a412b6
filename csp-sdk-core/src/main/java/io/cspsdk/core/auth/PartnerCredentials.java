package io.cspsdk.core.auth;

import java.time.Instant;

/**
 * Factories of the credentials csp-sdk supports. Pass one to
 * {@link io.cspsdk.core.PartnerCenterClient.Builder#credential(TokenCredential)}.
 */
public final class PartnerCredentials {
  private PartnerCredentials() {}

  /**
   * A fixed bearer token for every scope (tests, or tokens obtained elsewhere). It never expires from the client's
   * point of view; a 401 surfaces as {@link io.cspsdk.core.error.UnauthorizedException}.
   */
  public static TokenCredential staticToken(String token) {
    AccessToken accessToken = new AccessToken(token, Instant.MAX);
    return new TokenCredential() {
      @Override
      public AccessToken getToken(TokenRequest request) {
        return accessToken;
      }

      @Override
      public String toString() {
        return "PartnerCredentials.staticToken(****)";
      }
    };
  }
}
