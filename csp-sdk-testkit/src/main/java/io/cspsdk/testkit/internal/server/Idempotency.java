package io.cspsdk.testkit.internal.server;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Remembers the answer to each POST and PATCH by (method, path, MS-RequestId) so that a replay returns it instead of
 * acting twice. The first attempt claims the key before it is processed: attempts that overlap it wait for its
 * answer rather than acting themselves.
 */
public final class Idempotency {
  private static final int MAX = 10_000;
  private final Map<String, CompletableFuture<Response>> answers = new LinkedHashMap<>(64, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Response>> eldest) {
      return size() > MAX && eldest.getValue().isDone();
    }
  };

  static String key(Request r, String requestId) {
    return r.method() + " " + r.path().toLowerCase(Locale.ROOT) + " " + requestId;
  }

  /**
   * The answer of an earlier or still running attempt (waiting for it), or null when this attempt is the first: it
   * then must call {@link #complete} with its answer.
   */
  public Response claim(Request r, String requestId, CompletableFuture<Response> mine) {
    CompletableFuture<Response> earlier;
    synchronized (this) {
      earlier = answers.putIfAbsent(key(r, requestId), mine);
    }
    return earlier == null ? null : earlier.join();
  }

  /**
   * Publishes the first attempt's answer to the attempts waiting for it; a server error is not remembered, so that a
   * later retry acts again.
   */
  public void complete(Request r, String requestId, CompletableFuture<Response> mine, Response answer) {
    if (answer.status() >= 500) {
      synchronized (this) {
        answers.remove(key(r, requestId), mine);
      }
    }
    mine.complete(answer);
  }

  public synchronized void clear() {
    answers.clear();
  }
}
