package io.cspsdk.testkit.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A tiny JDK HttpClient wrapper, to prove the fake serves clients other than ours. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final Map<String, String> headers = new LinkedHashMap<>();

  Http(URI base) {
    this.base = base.toString();
    headers.put("Authorization", "Bearer test-token");
    headers.put("Accept", "application/json");
  }

  Http without(String header) {
    headers.remove(header);
    return this;
  }

  Http with(String header, String value) {
    headers.put(header, value);
    return this;
  }

  record Answer(int status, JsonNode json, String body, HttpResponse<String> raw) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Answer get(String path, String... extraHeaders) {
    return send("GET", path, null, extraHeaders);
  }

  Answer send(String method, String path, Object body, String... extraHeaders) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
      headers.forEach(b::header);
      for (int i = 0; i < extraHeaders.length; i += 2) {
        b.header(extraHeaders[i], extraHeaders[i + 1]);
      }
      String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
      if (text != null) {
        b.header("Content-Type", "application/json");
      }
      b.method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
      HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      if (!r.body().isEmpty() && r.headers().firstValue("Content-Type").orElse("").contains("json")) {
        json = JSON.readTree(r.body());
      }
      return new Answer(r.statusCode(), json, r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
