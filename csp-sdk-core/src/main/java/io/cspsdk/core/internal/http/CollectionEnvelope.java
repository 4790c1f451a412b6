package io.cspsdk.core.internal.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Partner Center's collection envelope: {@code {totalCount, items, continuationToken, links{next{uri, method, headers}}}}. */
final class CollectionEnvelope<T> {
  @JsonProperty("totalCount")
  Long totalCount;
  @JsonProperty("items")
  List<T> items;
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
