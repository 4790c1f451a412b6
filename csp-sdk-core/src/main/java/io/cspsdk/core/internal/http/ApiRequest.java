package io.cspsdk.core.internal.http;

import io.cspsdk.core.RequestOptions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One logical call as a resource group describes it: method, path relative to the audience's base URL, query,
 * extra headers, JSON body, and the statuses that count as success. Immutable.
 */
public final class ApiRequest {
  private final String method;
  private final Audience audience;
  private final String path;
  private final List<Map.Entry<String, String>> query;
  private final Map<String, String> headers;
  private final Object body;
  private final RequestOptions options;
  private final List<Integer> acceptedStatuses;
  private final String linkField;
  private final boolean nullMeansEmpty;

  private ApiRequest(Builder b) {
    this.method = b.method;
    this.audience = b.audience;
    this.path = b.path;
    this.query = List.copyOf(b.query);
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.body = b.body;
    this.options = b.options;
    this.acceptedStatuses = List.copyOf(b.acceptedStatuses);
    this.linkField = b.linkField;
    this.nullMeansEmpty = b.nullMeansEmpty;
  }

  public static Builder get(String path) {
    return new Builder("GET", path);
  }

  public static Builder post(String path, Object body) {
    return new Builder("POST", path).body(body);
  }

  public static Builder put(String path, Object body) {
    return new Builder("PUT", path).body(body);
  }

  public static Builder patch(String path, Object body) {
    return new Builder("PATCH", path).body(body);
  }

  public static Builder delete(String path) {
    return new Builder("DELETE", path);
  }

  public static Builder head(String path) {
    return new Builder("HEAD", path);
  }

  /** A GET of an absolute URL outside Partner Center (no Authorization header), e.g. an export blob. */
  public static Builder external(String absoluteUrl) {
    return new Builder("GET", absoluteUrl).audience(Audience.EXTERNAL);
  }

  /** Percent-encodes one path segment (ids, domains) so that it cannot change the path's shape. */
  public static String segment(String value) {
    Objects.requireNonNull(value, "path segment");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
          || c == '.' || c == '_';
      if (!unreserved) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
      }
    }
    return value; // ids and domains usually need no encoding
  }

  public String method() {
    return method;
  }

  public Audience audience() {
    return audience;
  }

  /** Path below the audience's base URL, starting with '/', already segment-encoded (absolute URL for EXTERNAL). */
  public String path() {
    return path;
  }

  /** Query parameters in order, not yet encoded. */
  public List<Map.Entry<String, String>> query() {
    return query;
  }

  public Map<String, String> headers() {
    return headers;
  }

  /** The body to send as JSON (a model object, a Map or a JSON string), or null. */
  public Object body() {
    return body;
  }

  public RequestOptions options() {
    return options;
  }

  /** Extra statuses that count as success besides 2xx (e.g. 404 for a HEAD existence check). */
  public List<Integer> acceptedStatuses() {
    return acceptedStatuses;
  }

  /**
   * The field or header of an earlier answer that named this request's URL ({@code links.next.uri},
   * {@code Location}), or null when the SDK built the URL itself; errors about the URL name it.
   */
  public String linkField() {
    return linkField;
  }

  /**
   * Whether a listing reads a JSON {@code null} answer as an empty collection (for the few endpoints documented to
   * answer {@code null} for "none"); every other listing refuses it.
   */
  public boolean nullMeansEmpty() {
    return nullMeansEmpty;
  }

  public Builder toBuilder() {
    Builder b = new Builder(method, path);
    b.audience = audience;
    b.query.addAll(query);
    b.headers.putAll(headers);
    b.body = body;
    b.options = options;
    b.acceptedStatuses.addAll(acceptedStatuses);
    b.linkField = linkField;
    b.nullMeansEmpty = nullMeansEmpty;
    return b;
  }

  @Override
  public String toString() {
    return method + " " + audience + " " + path + (query.isEmpty() ? "" : " " + query);
  }

  /** Builder of {@link ApiRequest}. */
  public static final class Builder {
    private final String method;
    private final String path;
    private Audience audience = Audience.PARTNER_CENTER;
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Object body;
    private RequestOptions options = RequestOptions.none();
    private final List<Integer> acceptedStatuses = new ArrayList<>();
    private String linkField;
    private boolean nullMeansEmpty;

    private Builder(String method, String path) {
      if (!path.startsWith("/") && !path.startsWith("https://") && !path.startsWith("http://")) {
        // not quoted: an absolute URL may carry a SAS signature
        throw new IllegalArgumentException("path must start with '/' or be an absolute http(s) URL");
      }
      this.method = method;
      this.path = path;
    }

    public Builder audience(Audience audience) {
      this.audience = Objects.requireNonNull(audience);
      return this;
    }

    /** Adds a query parameter; null values are skipped so optional filters can be passed straight through. */
    public Builder query(String name, Object value) {
      if (value != null) {
        query.add(Map.entry(name, String.valueOf(value)));
      }
      return this;
    }

    public Builder header(String name, String value) {
      if (value != null) {
        headers.put(name, value);
      }
      return this;
    }

    public Builder body(Object body) {
      this.body = body;
      return this;
    }

    public Builder options(RequestOptions options) {
      this.options = options == null ? RequestOptions.none() : options;
      return this;
    }

    public Builder accept(int status) {
      acceptedStatuses.add(status);
      return this;
    }

    /** Names the field or header of an answer that supplied this URL (see {@link ApiRequest#linkField()}). */
    public Builder linkField(String field) {
      this.linkField = field;
      return this;
    }

    /** See {@link ApiRequest#nullMeansEmpty()}. */
    public Builder nullMeansEmpty() {
      this.nullMeansEmpty = true;
      return this;
    }

    public ApiRequest build() {
      return new ApiRequest(this);
    }
  }
}
