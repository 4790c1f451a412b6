package io.cspsdk.testkit.internal.server;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.cspsdk.testkit.RecordedRequest;
import io.cspsdk.testkit.internal.faults.FaultAction;
import io.cspsdk.testkit.internal.faults.FaultRules;
import io.cspsdk.testkit.internal.journal.Journal;
import io.cspsdk.testkit.internal.limits.RateLimiter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The request pipeline: journal → admin ({@code /_fake/}) → latency profile → faults → bearer check → rate limit
 * → MS-RequestId replay → route (under the state lock) → Partner Center response headers.
 */
public final class Dispatcher implements HttpHandler {
  private static final byte[] MALFORMED = "{\"totalCount\": 3, \"items\": [{\"id\": \"".getBytes(StandardCharsets.UTF_8);
  private final Router router;
  private final Router admin;
  private final Object stateLock;
  private final Journal journal;
  private final FaultRules faults;
  private final Idempotency idempotency;
  private final Clock clock;
  private final Consumer<Duration> sleeper;
  private volatile Predicate<String> tokenValidator;
  private volatile RateLimiter rateLimiter;
  private volatile BiConsumer<String, String> latency;
  private volatile int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
  /** Request bodies larger than this answer 413. */
  public static final int DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
  private final AtomicLong cv = new AtomicLong();
  private final Map<String, String> lowerCaseNames = new ConcurrentHashMap<>();

  public Dispatcher(Router router, Router admin, Object stateLock, Journal journal, FaultRules faults,
                    Idempotency idempotency, Clock clock, Consumer<Duration> sleeper, Predicate<String> validator) {
    this.router = router;
    this.admin = admin;
    this.stateLock = stateLock;
    this.journal = journal;
    this.faults = faults;
    this.idempotency = idempotency;
    this.clock = clock;
    this.sleeper = sleeper;
    this.tokenValidator = validator;
  }

  public void tokenValidator(Predicate<String> validator) {
    this.tokenValidator = validator;
  }

  /** Largest request body accepted; larger ones answer 413 without being read. */
  public void maxBodyBytes(int bytes) {
    this.maxBodyBytes = bytes;
  }

  /** The per-tenant limit to enforce, or null for none. */
  public void rateLimiter(RateLimiter limiter) {
    this.rateLimiter = limiter;
  }

  /** Waits before each request (method, normalised path), or null for none. */
  public void latency(BiConsumer<String, String> latency) {
    this.latency = latency;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    try {
      byte[] body = readBody(ex);
      boolean tooLarge = body == null;
      Request req = new Request(ex.getRequestMethod(), ex.getRequestURI().getRawPath(),
          ex.getRequestURI().getRawQuery(), ex.getRequestHeaders(), tooLarge ? new byte[0] : body);
      body = req.body();
      Response answer = null;
      try {
        answer = tooLarge ? Response.error(new ApiError(413, 0, "The request body is larger than the limit of "
            + maxBodyBytes + " bytes.")) : process(req);
      } finally {
        // journal before answering, so that a client that has its answer always finds its request recorded;
        // admin calls are the test's own steering, not traffic to Partner Center, and are left out
        if (journal.enabled() && !isAdmin(req)) {
          journal.add(record(ex.getRequestHeaders(), req, body, answer == null ? 0 : answer.status()));
        }
      }
      if (answer != null) {
        send(ex, req, answer);
      }
    } finally {
      ex.close();
    }
  }

  /** The body, or null when it is larger than the limit (then not read beyond it). */
  private byte[] readBody(HttpExchange ex) throws IOException {
    int limit = maxBodyBytes;
    String declared = ex.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      try {
        if (Long.parseLong(declared.trim()) > limit) {
          return null;
        }
      } catch (NumberFormatException e) {
        // the JDK server refuses such requests before they get here; read as sent
      }
    }
    try (InputStream in = ex.getRequestBody()) {
      byte[] body = in.readNBytes(limit + 1);
      return body.length > limit ? null : body;
    }
  }

  private static boolean isAdmin(Request req) {
    return req.path().startsWith("/_fake/") || req.path().equals("/_fake");
  }

  /** The answer to send, or null to drop the connection. */
  private Response process(Request req) {
    if (isAdmin(req)) {
      return route(admin, req, false);
    }
    BiConsumer<String, String> wait = latency;
    if (wait != null) {
      wait.accept(req.method(), req.path());
    }
    FaultAction fault = faults.match(req.method(), req.path());
    if (fault != null) {
      switch (fault.kind()) {
        case LATENCY -> sleeper.accept(fault.latency());
        case DROP_CONNECTION -> {
          return null;
        }
        case MALFORMED_BODY -> {
          return Response.bytes(200, Response.JSON, MALFORMED);
        }
        case STATUS -> {
          return faultResponse(fault);
        }
        default -> { }
      }
    }
    Response answer = answer(req);
    if (fault != null && fault.kind() == FaultAction.Kind.DROP_AFTER_PROCESSING) {
      return null;
    }
    if (fault != null && fault.kind() == FaultAction.Kind.MALFORMED_RECORD) {
      return MalformedRecord.apply(answer, fault.recordIndex(), fault.recordMembers());
    }
    return answer;
  }

  private Response answer(Request req) {
    if (!req.path().startsWith("/_blobs/")) {
      String auth = req.header("Authorization");
      String token = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim() : null;
      if (token == null || token.isEmpty() || !tokenValidator.test(token)) {
        return Response.error(new ApiError(401, 900420, "Invalid token: a valid bearer token is required."))
            .header("WWW-Authenticate", "Bearer realm=\"partnercenter\"");
      }
    }
    RateLimiter limiter = rateLimiter;
    if (limiter != null && !req.path().startsWith("/_blobs/")) {
      Duration wait = limiter.acquire(req.path());
      if (wait != null) {
        return throttled(wait);
      }
    }
    String requestId = req.header("MS-RequestId");
    boolean replayable = (req.method().equals("POST") || req.method().equals("PATCH"))
        && requestId != null && !requestId.isBlank();
    if (!replayable) {
      return route(router, req, true);
    }
    CompletableFuture<Response> mine = new CompletableFuture<>();
    Response earlier = idempotency.claim(req, requestId, mine);
    if (earlier != null) {
      return earlier;
    }
    Response answer = null;
    try {
      answer = route(router, req, true);
      return answer;
    } finally {
      idempotency.complete(req, requestId, mine, answer != null ? answer
          : Response.error(new ApiError(500, 0, "Internal error in the fake.")));
    }
  }

  private Response route(Router r, Request req, boolean locked) {
    Router.Match m = r.find(req.method(), req.path());
    if (m == null) {
      return Response.error(ApiError.notFound(1000, "Resource not found: " + req.rawPath()));
    }
    if (m.route() == null) {
      return Response.error(new ApiError(405, 0, "Method " + req.method() + " is not allowed on " + req.rawPath()));
    }
    req.pathVars(m.vars());
    try {
      if (!locked) {
        return m.route().handler().handle(req);
      }
      synchronized (stateLock) {
        return m.route().handler().handle(req);
      }
    } catch (ApiError e) {
      return Response.error(e);
    } catch (RuntimeException e) {
      return Response.error(new ApiError(500, 0, "Internal error in the fake: " + e));
    }
  }

  /** Partner Center's 429: {@code {"statusCode": 429, "message": "Rate limit is exceeded. ..."}} + Retry-After. */
  private static Response throttled(Duration retryAfter) {
    long secs = Math.max(0, retryAfter.toSeconds());
    String body = "{\"statusCode\": 429, \"message\": \"Rate limit is exceeded. Try again in " + secs
        + " seconds.\"}";
    return Response.bytes(429, Response.JSON, body.getBytes(StandardCharsets.UTF_8))
        .header("Retry-After", Long.toString(secs));
  }

  private static Response faultResponse(FaultAction f) {
    int status = f.status();
    Response r;
    if (status == 429) {
      r = throttled(f.retryAfter() == null ? Duration.ofSeconds(1) : f.retryAfter());
    } else {
      r = Response.error(new ApiError(status, status >= 500 ? 0 : status,
          status >= 500 ? "The service is temporarily unavailable." : "Injected failure."));
    }
    if (f.retryAfter() != null) {
      r.header("Retry-After", Long.toString(Math.max(0, f.retryAfter().toSeconds())));
    }
    return r;
  }

  private void send(HttpExchange ex, Request req, Response r) throws IOException {
    Headers h = ex.getResponseHeaders();
    String rid = req.header("MS-RequestId");
    String cid = req.header("MS-CorrelationId");
    h.set("MS-RequestId", rid != null ? rid : fastGuid());
    h.set("MS-CorrelationId", cid != null ? cid : fastGuid());
    h.set("MS-CV", "fake." + cv.incrementAndGet());
    for (Map.Entry<String, String> e : r.headers().entrySet()) {
      h.set(e.getKey(), e.getValue());
    }
    byte[] body = r.body();
    boolean noBody = req.method().equals("HEAD") || r.status() == 204 || r.status() == 304;
    if (noBody || body.length == 0) {
      ex.sendResponseHeaders(r.status(), -1);
    } else {
      ex.sendResponseHeaders(r.status(), body.length);
      try (OutputStream os = ex.getResponseBody()) {
        os.write(body);
      }
    }
  }

  /** A random GUID without SecureRandom (ids in answers need no cryptographic strength). */
  private static String fastGuid() {
    java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
    return new UUID((r.nextLong() & 0xffffffffffff0fffL) | 0x4000L,
        (r.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L).toString();
  }

  private RecordedRequest record(Headers headers, Request req, byte[] body, int status) {
    Map.Entry<?, ?>[] copy = new Map.Entry<?, ?>[headers.size()];
    int i = 0;
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      copy[i++] = Map.entry(lowerCase(e.getKey()), List.copyOf(e.getValue()));
    }
    @SuppressWarnings("unchecked")
    Map<String, List<String>> map = Map.ofEntries((Map.Entry<String, List<String>>[]) copy);
    return new RecordedRequest(req.method(), req.rawPath(), req.path(), req.rawQuery(), map,
        body.length == 0 ? "" : new String(body, StandardCharsets.UTF_8), clock.instant(), status);
  }

  /** Header names lower-cased once each: the same few names arrive on every request. */
  private String lowerCase(String name) {
    String known = lowerCaseNames.get(name);
    if (known != null) {
      return known;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lowerCaseNames.size() < 256) {
      lowerCaseNames.put(name, lower);
    }
    return lower;
  }
}
