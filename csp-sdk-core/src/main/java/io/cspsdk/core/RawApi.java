package io.cspsdk.core;

import io.cspsdk.core.internal.http.ApiCaller;
import io.cspsdk.core.internal.http.ApiRequest;
import java.util.Objects;

/**
 * The escape hatch for Partner Center endpoints csp-sdk does not type yet: paths are relative to the client's
 * endpoint (e.g. {@code /customers/{id}/qualifications}, query string allowed) and go through the full pipeline
 * (auth, retries, rate limit, typed errors). Bodies are model objects, Maps or JSON strings; results are read into
 * the given class ({@code String.class} is not special: use a Map or a model type).
 */
public final class RawApi {
  private final ApiCaller caller;

  RawApi(ApiCaller caller) {
    this.caller = caller;
  }

  public <T> T get(String path, Class<T> type) {
    return get(path, type, RequestOptions.none());
  }

  public <T> T get(String path, Class<T> type, RequestOptions options) {
    return caller.call(ApiRequest.get(path).options(options).build(), Objects.requireNonNull(type, "type"));
  }

  public <T> T post(String path, Object body, Class<T> type) {
    return post(path, body, type, RequestOptions.none());
  }

  public <T> T post(String path, Object body, Class<T> type, RequestOptions options) {
    return caller.call(ApiRequest.post(path, body).options(options).build(), Objects.requireNonNull(type, "type"));
  }

  public <T> T put(String path, Object body, Class<T> type) {
    return put(path, body, type, RequestOptions.none());
  }

  public <T> T put(String path, Object body, Class<T> type, RequestOptions options) {
    return caller.call(ApiRequest.put(path, body).options(options).build(), Objects.requireNonNull(type, "type"));
  }

  public <T> T patch(String path, Object body, Class<T> type) {
    return patch(path, body, type, RequestOptions.none());
  }

  public <T> T patch(String path, Object body, Class<T> type, RequestOptions options) {
    return caller.call(ApiRequest.patch(path, body).options(options).build(), Objects.requireNonNull(type, "type"));
  }

  public void delete(String path) {
    delete(path, RequestOptions.none());
  }

  public void delete(String path, RequestOptions options) {
    caller.call(ApiRequest.delete(path).options(options).build(), Void.class);
  }

  /** A lazy listing of a collection endpoint, following its continuation links. */
  public <T> PagedIterable<T> list(String path, Class<T> itemType) {
    return list(path, itemType, RequestOptions.none());
  }

  public <T> PagedIterable<T> list(String path, Class<T> itemType, RequestOptions options) {
    return caller.list(ApiRequest.get(path).options(options).build(), Objects.requireNonNull(itemType, "itemType"));
  }
}
