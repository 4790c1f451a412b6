package io.cspsdk.core.internal.http;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Partner Center's collection envelope: {@code {totalCount, items, continuationToken, links{next{uri, method,
 * headers}}}}; Microsoft Graph's {@code {value, @odata.nextLink}} is read into the same fields.
 */
final class CollectionEnvelope<T> {
  @JsonProperty("totalCount")
  Long totalCount;
  @JsonProperty("items")
  @JsonAlias("value")
  List<T> items;
  /** Microsoft Graph's next link (no headers). */
  @JsonProperty("@odata.nextLink")
  String odataNextLink;
  @JsonProperty("continuationToken")
  String continuationToken;
  @JsonProperty("links")
  Links links;

  /** The {@code links} member. */
  static final class Links {
    @JsonProperty("next")
    Link next;
  }

  /** One link: URI, method and the headers to send with it. */
  static final class Link {
    @JsonProperty("uri")
    String uri;
    @JsonProperty("method")
    String method;
    @JsonProperty("headers")
    List<KeyValue> headers;
  }

  /** A header of a link. */
  static final class KeyValue {
    @JsonProperty("key")
    String key;
    @JsonProperty("value")
    String value;
  }
}
