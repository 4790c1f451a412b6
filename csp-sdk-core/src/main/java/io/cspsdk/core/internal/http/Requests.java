package io.cspsdk.core.internal.http;

/** Creates request builders for any method name (the public factories of {@link ApiRequest} are per method). */
final class Requests {
  private Requests() {}

  static ApiRequest.Builder builder(String method, String path, Object body) {
    switch (method.toUpperCase(java.util.Locale.ROOT)) {
      case "GET": return ApiRequest.get(path);
      case "POST": return ApiRequest.post(path, body);
      case "PUT": return ApiRequest.put(path, body);
      case "PATCH": return ApiRequest.patch(path, body);
      case "DELETE": return ApiRequest.delete(path);
      case "HEAD": return ApiRequest.head(path);
      default: throw new IllegalArgumentException("unsupported method " + method);
    }
  }
}
