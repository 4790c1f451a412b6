package io.cspsdk.testkit.internal.server;

import java.util.LinkedHashMap;
import java.util.Map;

/** Remembers the answer to each POST by (path, MS-RequestId) so that a replay returns it instead of acting twice. */
public final class Idempotency {
  private static final int MAX = 10_000;
  private final Map<String, Response> answers = new LinkedHashMap<>(64, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Response> eldest) {
      return size() > MAX;
    }
  };

  static String key(Request r, String requestId) {
    return r.method() + " " + r.path().toLowerCase(java.util.Locale.ROOT) + " " + requestId;
  }

  public synchronized Response find(Request r, String requestId) {
    return answers.get(key(r, requestId));
  }

  public synchronized void remember(Request r, String requestId, Response answer) {
    answers.put(key(r, requestId), answer);
  }

  public synchronized void clear() {
    answers.clear();
  }
}
