package io.cspsdk.core.auth;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a token is asked for: the scopes (e.g. {@code https://api.partnercenter.microsoft.com/.default}) and an optional tenant. */
public final class TokenRequest {
  private final List<String> scopes;
  private final String tenantId;

  private TokenRequest(List<String> scopes, String tenantId) {
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("scopes: at least one scope is required");
    }
    this.scopes = List.copyOf(scopes);
    this.tenantId = tenantId;
  }

  /** A request for the given scopes in the credential's own tenant. */
  public static TokenRequest of(String... scopes) {
    return new TokenRequest(List.of(scopes), null);
  }

  /** The same scopes for another tenant (e.g. a customer tenant). */
  public TokenRequest forTenant(String tenantId) {
    return new TokenRequest(scopes, Objects.requireNonNull(tenantId, "tenantId"));
  }

  public List<String> scopes() {
    return scopes;
  }

  /** The tenant to get the token for; absent means the credential's configured tenant. */
  public Optional<String> tenantId() {
    return Optional.ofNullable(tenantId);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TokenRequest && ((TokenRequest) o).scopes.equals(scopes)
        && Objects.equals(((TokenRequest) o).tenantId, tenantId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scopes, tenantId);
  }

  @Override
  public String toString() {
    return "TokenRequest{scopes=" + scopes + (tenantId == null ? "" : ", tenantId=" + tenantId) + "}";
  }
}
