package io.cspsdk.core.internal.http;

import io.cspsdk.core.error.UntrustedLinkException;
import java.net.URI;
import java.util.Locale;

/**
 * Where a request may go. Requests that carry credentials go only to the scheme, host and port of their audience's
 * configured base URL; credential-free downloads (export blobs) go anywhere over HTTPS, and over plain HTTP only to
 * a loopback host (test servers).
 */
final class Origins {
  private static final java.util.regex.Pattern LOOPBACK_V4 = java.util.regex.Pattern.compile("127(\\.\\d{1,3}){3}");
  private Origins() {}

  /** Refuses {@code target} unless the request may be sent there; {@code field} names where the URL came from. */
  static void check(ClientSettings settings, ApiRequest request, URI target) {
    if (request.audience() == Audience.EXTERNAL) {
      String scheme = lower(target.getScheme());
      if (scheme.equals("https") || (scheme.equals("http") && isLoopback(target.getHost()))) {
        return;
      }
      throw new UntrustedLinkException(field(request) + " names a download at " + of(target)
          + ": refused, downloads go over HTTPS only", field(request));
    }
    URI base = settings.baseUrl(request.audience());
    if (!sameOrigin(base, target)) {
      throw new UntrustedLinkException(field(request) + " points to " + of(target) + ", not to the configured "
          + request.audience() + " origin " + of(base) + ": refused (the request would carry credentials)",
          field(request));
    }
  }

  private static String field(ApiRequest request) {
    return request.linkField() == null ? "url" : request.linkField();
  }

  static boolean sameOrigin(URI a, URI b) {
    return lower(a.getScheme()).equals(lower(b.getScheme())) && lower(a.getHost()).equals(lower(b.getHost()))
        && port(a) == port(b);
  }

  /** {@code scheme://host:port}: never a path, query or user info. */
  static String of(URI u) {
    return lower(u.getScheme()) + "://" + (u.getHost() == null ? "?" : lower(u.getHost())) + ":" + port(u);
  }

  private static int port(URI u) {
    if (u.getPort() >= 0) {
      return u.getPort();
    }
    return "http".equals(lower(u.getScheme())) ? 80 : "https".equals(lower(u.getScheme())) ? 443 : -1;
  }

  private static boolean isLoopback(String host) {
    String h = lower(host);
    return h.equals("localhost") || h.equals("[::1]") || LOOPBACK_V4.matcher(h).matches();
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
