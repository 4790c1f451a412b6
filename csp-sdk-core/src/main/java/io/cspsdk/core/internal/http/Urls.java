package io.cspsdk.core.internal.http;

import io.cspsdk.core.error.ResponseParseException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Builds request URLs from base URL + path + query, and normalises the {@code next} links Partner Center sends. */
final class Urls {
  private Urls() {}

  /** The absolute URL of a request: absolute paths as they are, else the audience's base URL + path + query. */
  static URI resolve(ClientSettings settings, ApiRequest request) {
    String target = isAbsolute(request.path()) ? collapseSlashes(request.path())
        : join(settings.baseUrl(request.audience()), request.path());
    URI uri;
    try {
      uri = new URI(withQuery(target, request.query()));
    } catch (URISyntaxException e) {
      // the JDK's message quotes the whole URL, which may hold a SAS signature: name only the field and the rule
      throw malformed(request, "is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
    }
    if (uri.getHost() == null || uri.getScheme() == null) {
      throw malformed(request, "is not an absolute URL with a host");
    }
    return uri;
  }

  private static ResponseParseException malformed(ApiRequest request, String rule) {
    String field = request.linkField() == null ? "url" : request.linkField();
    return new ResponseParseException(field + " of " + request.method() + " " + request.audience() + " " + rule,
        field, null);
  }

  /**
   * The path of a {@code next} link below {@code base}: relative links get a leading '/', lose a leading copy of
   * the base URL's path (e.g. {@code /v1}) and any doubled slashes; absolute links keep their host.
   */
  static String normaliseLink(URI base, String link) {
    String l = link.trim();
    if (isAbsolute(l)) {
      return collapseSlashes(l);
    }
    l = collapseSlashes(l.startsWith("/") ? l : "/" + l);
    String basePath = trimTrailingSlash(base.getRawPath() == null ? "" : collapseSlashes(base.getRawPath()));
    if (!basePath.isEmpty() && (l.equals(basePath) || l.startsWith(basePath + "/") || l.startsWith(basePath + "?"))) {
      l = l.substring(basePath.length());
    } else if (basePath.endsWith("/v1") && (l.startsWith("/v1/") || l.startsWith("/v1?"))) {
      l = l.substring(3);
    }
    return l.isEmpty() ? "/" : l;
  }

  /** The path of a URL for messages: no scheme, host, query or fragment, and never an exception. */
  static String safePath(String url) {
    if (url == null) {
      return "?";
    }
    String u = url;
    int cut = indexOfAny(u, "?#");
    u = cut >= 0 ? u.substring(0, cut) : u;
    int scheme = u.indexOf("://");
    if (scheme >= 0) {
      int slash = u.indexOf('/', scheme + 3);
      u = slash < 0 ? "/" : u.substring(slash);
    }
    return u.length() > 200 ? u.substring(0, 200) + "..." : u;
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  static boolean isAbsolute(String path) {
    return path.startsWith("https://") || path.startsWith("http://");
  }

  static String join(URI base, String path) {
    return trimTrailingSlash(base.toString()) + (path.startsWith("/") ? path : "/" + path);
  }

  static String withQuery(String url, List<Map.Entry<String, String>> query) {
    if (query.isEmpty()) {
      return url;
    }
    StringBuilder sb = new StringBuilder(url);
    char sep = url.indexOf('?') >= 0 ? '&' : '?';
    for (Map.Entry<String, String> e : query) {
      sb.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
      sep = '&';
    }
    return sb.toString();
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Collapses runs of '/' in the path part (keeps "scheme://" and the query string untouched). */
  static String collapseSlashes(String url) {
    int start = 0;
    int scheme = url.indexOf("://");
    if (scheme >= 0 && scheme < url.indexOf('/') + 1) {
      start = scheme + 3;
    }
    int q = url.indexOf('?');
    int end = q < 0 ? url.length() : q;
    if (end < start) {
      return url;
    }
    String path = url.substring(start, end).replaceAll("/{2,}", "/");
    return url.substring(0, start) + path + url.substring(end);
  }

  private static String trimTrailingSlash(String s) {
    String r = s;
    while (r.endsWith("/")) {
      r = r.substring(0, r.length() - 1);
    }
    return r;
  }
}
