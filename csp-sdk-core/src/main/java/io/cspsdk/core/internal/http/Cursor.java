package io.cspsdk.core.internal.http;

import com.fasterxml.jackson.core.type.TypeReference;
import io.cspsdk.core.ContinuationToken;
import io.cspsdk.core.internal.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A position in a listing: a next link (URI, method, headers such as {@code MS-ContinuationToken}) or an offset.
 * Its JSON form is the state of a {@link ContinuationToken}.
 */
final class Cursor {
  final String uri;
  final String method;
  final Map<String, String> headers;
  final long offset;

  private Cursor(String uri, String method, Map<String, String> headers, long offset) {
    this.uri = uri;
    this.method = method;
    this.headers = headers;
    this.offset = offset;
  }

  static Cursor link(String uri, String method, Map<String, String> headers) {
    return new Cursor(uri, method == null || method.isBlank() ? "GET" : method.toUpperCase(java.util.Locale.ROOT),
        new LinkedHashMap<>(headers), -1);
  }

  static Cursor offset(long offset) {
    return new Cursor(null, null, Map.of(), offset);
  }

  /** What makes two links the same continuation: URI, method and headers. */
  String identity() {
    return method + " " + uri + " " + headers;
  }

  boolean isLink() {
    return uri != null;
  }

  ContinuationToken toToken() {
    Map<String, Object> state = new LinkedHashMap<>();
    if (isLink()) {
      state.put("uri", uri);
      state.put("method", method);
      List<List<String>> h = new ArrayList<>();
      headers.forEach((k, v) -> h.add(List.of(k, v)));
      state.put("headers", h);
    } else {
      state.put("offset", offset);
    }
    try {
      String json = Json.mapper().writeValueAsString(state);
      return ContinuationToken.parse(
          Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Cursor fromToken(ContinuationToken token) {
    Map<String, Object> state;
    try {
      String json = new String(Base64.getUrlDecoder().decode(token.asString()), StandardCharsets.UTF_8);
      state = Json.mapper().readValue(json, new TypeReference<Map<String, Object>>() {});
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("continuationToken: not a csp-sdk continuation token");
    }
    if (state.get("offset") instanceof Number) {
      return offset(((Number) state.get("offset")).longValue());
    }
    if (!(state.get("uri") instanceof String)) {
      throw new IllegalArgumentException("continuationToken: not a csp-sdk continuation token");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    if (state.get("headers") instanceof List) {
      for (Object o : (List<?>) state.get("headers")) {
        if (o instanceof List && ((List<?>) o).size() == 2) {
          headers.put(String.valueOf(((List<?>) o).get(0)), String.valueOf(((List<?>) o).get(1)));
        }
      }
    }
    return link((String) state.get("uri"), (String) state.get("method"), headers);
  }
}
