package io.cspsdk.core.internal.http;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A transport response: status, headers, and either the fully read body or (for successful downloads) an open
 * stream that owns the connection until closed. Headers are kept as received (name/value pairs); the map view is
 * built only when asked for, since most calls read one or two headers at most.
 */
final class RawResponse implements Closeable {
  private final int status;
  private final String[] names;
  private final String[] values;
  private final byte[] body;
  private final InputStream stream;
  private Map<String, List<String>> headerMap;

  private RawResponse(int status, String[] names, String[] values, byte[] body, InputStream stream) {
    this.status = status;
    this.names = names;
    this.values = values;
    this.body = body;
    this.stream = stream;
  }

  static RawResponse buffered(int status, String[] names, String[] values, byte[] body) {
    return new RawResponse(status, names, values, body == null ? new byte[0] : body, null);
  }

  static RawResponse streaming(int status, String[] names, String[] values, InputStream stream) {
    return new RawResponse(status, names, values, null, stream);
  }

  int status() {
    return status;
  }

  boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  /** All headers by case-insensitive name, values in the order received. */
  Map<String, List<String>> headers() {
    if (headerMap == null) {
      Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (int i = 0; i < names.length; i++) {
        h.computeIfAbsent(names[i], k -> new ArrayList<>(1)).add(values[i]);
      }
      headerMap = h;
    }
    return headerMap;
  }

  /** The first value of a header, by case-insensitive name. */
  Optional<String> header(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equalsIgnoreCase(name)) {
        return Optional.of(values[i]);
      }
    }
    return Optional.empty();
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
