package io.cspsdk.testkit.internal.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Matches (method, normalised path) against templates like {@code /customers/{c}/subscriptions/{s}}. */
public final class Router {
  private final List<Route> routes = new ArrayList<>();

  /** A matched route with its path variables. */
  public record Match(Route route, Map<String, String> vars) {}

  /** One registered route. */
  public record Route(String method, String template, String[] segments, Handler handler) {
    Map<String, String> match(String[] parts) {
      if (parts.length != segments.length) {
        return null;
      }
      Map<String, String> vars = null;
      for (int i = 0; i < parts.length; i++) {
        String s = segments[i];
        if (s.startsWith("{")) {
          if (vars == null) {
            vars = new HashMap<>(4);
          }
          vars.put(s.substring(1, s.length() - 1), parts[i]);
        } else if (!s.equalsIgnoreCase(parts[i])) {
          return null;
        }
      }
      return vars == null ? Map.of() : vars;
    }
  }

  public Router add(String method, String template, Handler handler) {
    routes.add(new Route(method.toUpperCase(Locale.ROOT), template, split(template), handler));
    return this;
  }

  static String[] split(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.isEmpty() ? new String[0] : p.split("/");
  }

  /** The matching route; null when no route has this path; a route with a null handler when the method differs. */
  public Match find(String method, String path) {
    String[] parts = split(path);
    boolean pathKnown = false;
    for (Route r : routes) {
      Map<String, String> vars = r.match(parts);
      if (vars != null) {
        if (r.method.equals(method) || (method.equals("HEAD") && r.method.equals("GET"))) {
          return new Match(r, vars);
        }
        pathKnown = true;
      }
    }
    return pathKnown ? new Match(null, Map.of()) : null;
  }
}
