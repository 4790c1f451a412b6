package io.cspsdk.core.internal.http;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A transport response: status, headers, and either the fully read body or (for successful downloads) an open
 * stream that owns the connection until closed.
 */
final class RawResponse implements Closeable {
  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final InputStream stream;

  private RawResponse(int status, Map<String, List<String>> headers, byte[] body, InputStream stream) {
    this.status = status;
    this.headers = caseInsensitive(headers);
    this.body = body;
    this.stream = stream;
  }

  private static Map<String, List<String>> caseInsensitive(Map<String, List<String>> headers) {
    if (headers instanceof TreeMap && ((TreeMap<String, ?>) headers).comparator() == String.CASE_INSENSITIVE_ORDER) {
      return headers;
    }
    TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(headers);
    return h;
  }

  static RawResponse buffered(int status, Map<String, List<String>> headers, byte[] body) {
    return new RawResponse(status, headers, body == null ? new byte[0] : body, null);
  }

  static RawResponse streaming(int status, Map<String, List<String>> headers, InputStream stream) {
    return new RawResponse(status, headers, null, stream);
  }

  int status() {
    return status;
  }

  boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  Map<String, List<String>> headers() {
    return headers;
  }

  Optional<String> header(String name) {
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  boolean isStreaming() {
    return stream != null;
  }

  /** The buffered body (empty for a streaming response). */
  byte[] body() {
    return body == null ? new byte[0] : body;
  }

  /** The body as a stream: the open connection for streaming responses, else the buffered bytes. */
  InputStream stream() {
    return stream != null ? stream : new ByteArrayInputStream(body);
  }

  @Override
  public void close() throws IOException {
    if (stream != null) {
      stream.close();
    }
  }
}
