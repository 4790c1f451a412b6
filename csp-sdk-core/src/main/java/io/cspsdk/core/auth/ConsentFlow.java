package io.cspsdk.core.auth;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.internal.auth.ConsentRedeemer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one-time "Login with Microsoft" step of the secure application model: send a partner admin (with MFA) to
 * {@link #authorizationUrl(String)}; your redirect URI receives {@code code} and {@code state}; check the state,
 * then {@link #redeem(String)} the code, which saves MSAL's token cache (the admin's account and refresh token) in
 * the {@link TokenCacheStore} used by {@link PartnerCredentials#appPlusUser(String, String, String, TokenCacheStore)}.
 */
public final class ConsentFlow {
  /** Partner Center's delegated permission. */
  public static final String PARTNER_CENTER_USER_IMPERSONATION =
      "https://api.partnercenter.microsoft.com/user_impersonation";

  private final ConsentRedeemer redeemer;

  private ConsentFlow(ConsentRedeemer redeemer) {
    this.redeemer = redeemer;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The URL to send the admin's browser to; {@code state} comes back with the code (use it against CSRF). */
  public URI authorizationUrl(String state) {
    if (state == null || state.isBlank()) {
      throw new ValidationException("state", "is required (an unguessable value checked on the redirect)");
    }
    return redeemer.authorizationUrl(state);
  }

  /**
   * Redeems the authorization code from the redirect; the token cache with the admin's account and refresh token is
   * saved in the store, replacing accounts of earlier sign-ins.
   */
  public void redeem(String authorizationCode) {
    redeemer.redeem(authorizationCode);
  }

  /** Builder of {@link ConsentFlow}: tenant, client id and secret, redirect URI and store are required. */
  public static final class Builder {
    private String tenantId;
    private String clientId;
    private String clientSecret;
    private URI redirectUri;
    private final List<String> scopes = new ArrayList<>();
    private TokenCacheStore store;
    private CredentialOptions options = CredentialOptions.defaults();

    private Builder() {}

    /** The partner's tenant id (or domain). */
    public Builder tenantId(String tenantId) {
      this.tenantId = tenantId;
      return this;
    }

    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    public Builder clientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    /** Must match a redirect URI registered on the app. */
    public Builder redirectUri(URI redirectUri) {
      this.redirectUri = redirectUri;
      return this;
    }

    public Builder redirectUri(String redirectUri) {
      return redirectUri(redirectUri == null ? null : URI.create(redirectUri));
    }

    /** Scopes to consent to; default {@link #PARTNER_CENTER_USER_IMPERSONATION} (offline_access is added). */
    public Builder scope(String scope) {
      scopes.add(Objects.requireNonNull(scope, "scope"));
      return this;
    }

    /** Where the token cache is saved; the same store is then given to the app+user credential. */
    public Builder tokenCacheStore(TokenCacheStore store) {
      this.store = store;
      return this;
    }

    public Builder options(CredentialOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    public ConsentFlow build() {
      if (redirectUri == null || !redirectUri.isAbsolute()) {
        throw new ValidationException("redirectUri", "is required and must be absolute");
      }
      if (store == null) {
        throw new ValidationException("tokenCacheStore", "is required");
      }
      List<String> s = scopes.isEmpty() ? List.of(PARTNER_CENTER_USER_IMPERSONATION) : List.copyOf(scopes);
      return new ConsentFlow(new ConsentRedeemer(tenantId, clientId, clientSecret, redirectUri, s, store, options));
    }
  }
}
