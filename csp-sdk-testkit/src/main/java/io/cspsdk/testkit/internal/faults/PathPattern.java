package io.cspsdk.testkit.internal.faults;

import java.util.Locale;

/**
 * A route pattern over normalised paths: literal segments (case-insensitive), {@code *} for one segment,
 * a trailing {@code **} for any rest. A leading {@code /v1} is ignored.
 */
public final class PathPattern {
  private final String text;
  private final String[] segments;

  public PathPattern(String pattern) {
    String p = pattern.startsWith("/v1/") ? pattern.substring(3) : pattern;
    this.text = pattern;
    String q = p.startsWith("/") ? p.substring(1) : p;
    this.segments = q.isEmpty() ? new String[0] : q.toLowerCase(Locale.ROOT).split("/");
  }

  public boolean matches(String path) {
    String q = path.startsWith("/") ? path.substring(1) : path;
    String[] parts = q.isEmpty() ? new String[0] : q.split("/");
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      if (s.equals("**")) {
        return true;
      }
      if (i >= parts.length) {
        return false;
      }
      if (!s.equals("*") && !s.equalsIgnoreCase(parts[i])) {
        return false;
      }
    }
    return parts.length == segments.length;
  }

  @Override
  public String toString() {
    return text;
  }
}
