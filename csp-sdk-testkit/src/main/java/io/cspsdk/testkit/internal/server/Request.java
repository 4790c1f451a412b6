package io.cspsdk.testkit.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.sun.net.httpserver.Headers;
import io.cspsdk.core.internal.json.Json;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One received request, with the path normalised (no {@code /v1} prefix, no double slashes). */
public final class Request {
  private final String method;
  private final String rawPath;
  private final String path;
  private final String rawQuery;
  private final Map<String, String> query;
  private final Headers headers;
  private final byte[] body;
  private Map<String, String> pathVars = Map.of();
  private JsonNode json;

  public Request(String method, String rawPath, String rawQuery, Headers headers, byte[] body) {
    this.method = method.toUpperCase(Locale.ROOT);
    this.rawPath = rawPath;
    this.path = normalise(rawPath);
    this.rawQuery = rawQuery;
    this.query = parseQuery(rawQuery);
    this.headers = headers;
    this.body = body;
  }

  /** Collapses repeated slashes and removes leading {@code /v1} segments (Graph's {@code /v1.0} is kept). */
  static String normalise(String raw) {
    String p = raw == null || raw.isEmpty() ? "/" : raw;
    StringBuilder sb = new StringBuilder(p.length());
    char prev = 0;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '/' && prev == '/') {
        continue;
      }
      sb.append(c);
      prev = c;
    }
    String s = sb.toString();
    if (s.length() > 1 && s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    // a client that prefixes /v1 to a link that already has it sends /v1/v1/...: accept repeated segments
    while (s.regionMatches(true, 0, "/v1/", 0, 4) || s.equalsIgnoreCase("/v1")) {
      s = s.length() == 3 ? "/" : s.substring(3);
    }
    return s;
  }

  private static Map<String, String> parseQuery(String raw) {
    if (raw == null || raw.isEmpty()) {
      return Map.of();
    }
    Map<String, String> out = new HashMap<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(decode(k).toLowerCase(Locale.ROOT), decode(v));
    }
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  public String method() {
    return method;
  }

  public String rawPath() {
    return rawPath;
  }

  public String path() {
    return path;
  }

  public String rawQuery() {
    return rawQuery;
  }

  /** A query parameter by case-insensitive name, or null. */
  public String query(String name) {
    return query.get(name.toLowerCase(Locale.ROOT));
  }

  public Map<String, String> queryParams() {
    return query;
  }

  public int intQuery(String name, int dflt) {
    String v = query(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw ApiError.invalidInput("Query parameter '" + name + "' must be an integer: " + v);
    }
  }

  /** A header by case-insensitive name, or null. */
  public String header(String name) {
    return headers.getFirst(name);
  }

  public Map<String, List<String>> headers() {
    return headers;
  }

  public byte[] body() {
    return body;
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The body as a JSON object (every body Partner Center takes is one); 400 (800002) when it is not. */
  public JsonNode json() {
    if (json == null) {
      if (body.length == 0) {
        throw ApiError.invalidInput("The request body is required.");
      }
      try {
        json = Json.mapper().readTree(body);
      } catch (IOException e) {
        throw ApiError.invalidInput("The request body is not valid JSON.");
      }
      if (json == null || json instanceof NullNode) {
        throw ApiError.invalidInput("The request body is required.");
      }
      if (!json.isObject()) {
        throw ApiError.invalidInput("The request body of " + method + " " + rawPath + " must be a JSON object, was "
            + json.getNodeType().toString().toLowerCase(Locale.ROOT) + ".");
      }
    }
    return json;
  }

  public String var(String name) {
    return pathVars.get(name);
  }

  void pathVars(Map<String, String> vars) {
    this.pathVars = vars;
  }
}
