package io.cspsdk.testkit.internal.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.core.internal.json.Json;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** An answer to send: status, extra headers, body bytes (JSON unless a content type says otherwise). */
public final class Response {
  private static final byte[] EMPTY = new byte[0];
  private final int status;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final byte[] body;

  private Response(int status, byte[] body) {
    this.status = status;
    this.body = body;
  }

  public static Response json(int status, JsonNode node) {
    try {
      return new Response(status, Json.mapper().writeValueAsBytes(node)).header("Content-Type", JSON);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Response ok(JsonNode node) {
    return json(200, node);
  }

  public static Response empty(int status) {
    return new Response(status, EMPTY);
  }

  public static Response bytes(int status, String contentType, byte[] body) {
    return new Response(status, body).header("Content-Type", contentType);
  }

  public static final String JSON = "application/json; charset=utf-8";

  /** Partner Center's error body. */
  public static Response error(ApiError e) {
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("code", e.code());
    n.put("description", e.getMessage());
    n.putArray("data").addAll(e.data().stream().map(Json.mapper().getNodeFactory()::textNode).toList());
    n.put("source", "PartnerFD");
    return json(e.status(), n);
  }

  public Response header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public int status() {
    return status;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public byte[] body() {
    return body;
  }
}
