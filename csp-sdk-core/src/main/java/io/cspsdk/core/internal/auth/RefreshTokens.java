package io.cspsdk.core.internal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.cspsdk.core.internal.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads refresh tokens out of MSAL's serialised token cache: MSAL does not return the (rotated) refresh token of a
 * redemption, but keeps it in its cache under {@code RefreshToken.*.secret}.
 */
final class RefreshTokens {
  private RefreshTokens() {}

  static List<String> inCache(String serialisedCache, String clientId) {
    List<String> tokens = new ArrayList<>();
    if (serialisedCache == null || serialisedCache.isBlank()) {
      return tokens;
    }
    try {
      JsonNode root = Json.mapper().readTree(serialisedCache);
      root.path("RefreshToken").forEach(entry -> {
        String cid = entry.path("client_id").asText("");
        String secret = entry.path("secret").asText("");
        if (!secret.isEmpty() && (cid.isEmpty() || cid.equalsIgnoreCase(clientId))) {
          tokens.add(secret);
        }
      });
    } catch (IOException e) {
      return tokens;
    }
    return tokens;
  }
}
