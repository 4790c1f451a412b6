package io.cspsdk.core.internal.http;

import com.fasterxml.jackson.databind.JavaType;
import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.Poller;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.error.PartnerCenterClientException;
import io.cspsdk.core.internal.auth.CachingTokenCredential;
import io.cspsdk.core.internal.json.Json;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@link ApiCaller} over the pipeline request id → correlation → rate limiter → retry → auth → logging →
 * transport (Apache HttpClient 5). Thread-safe; one per client.
 */
public final class DefaultApiCaller implements ApiCaller, Closeable {
  private static final Set<String> PAGING_PARAMS = Set.of("size", "offset");

  private final ClientSettings settings;
  private final HttpClientTransport transport;
  private final ErrorMapper errors;
  private final List<Stage> stages;
  private final AtomicBoolean closed = new AtomicBoolean();

  public DefaultApiCaller(ClientSettings settings) {
    this.settings = settings;
    this.transport = new HttpClientTransport(settings);
    this.errors = new ErrorMapper(settings.clock());
    CachingTokenCredential tokens = new CachingTokenCredential(settings.credential(), settings.clock(),
        settings.tokenRefreshMargin());
    Stage rateLimit = settings.rateLimitPerMinute() > 0
        ? new RateLimitStage(new TokenBucketRateLimiter(settings.rateLimitPerMinute(),
            Math.max(1, settings.rateLimitPerMinute() / 6), settings.clock()), settings.clock(), settings.sleeper())
        : (ex, chain) -> chain.proceed(ex);
    this.stages = List.of(
        new RequestIdStage(),
        new CorrelationStage(settings.correlationId()),
        rateLimit,
        new RetryStage(settings.retry(), settings.clock(), settings.sleeper(), errors),
        new AuthStage(tokens),
        new LoggingStage(settings.clock()),
        transport);
  }

  ClientSettings settings() {
    return settings;
  }

  @Override
  public <T> T call(ApiRequest request, Type type) {
    Exchange ex = newExchange(request, false);
    RawResponse response = send(ex);
    checkStatus(response, ex);
    if (response.status() == 204 || response.body().length == 0 || type == Void.class || type == void.class) {
      return null;
    }
    return JsonBodies.read(response.body(), JsonBodies.type(type), describe(ex));
  }

  @Override
  public ApiResponse exchange(ApiRequest request) {
    Exchange ex = newExchange(request, false);
    RawResponse response = send(ex);
    checkStatus(response, ex);
    return new ApiResponse(response.status(), response.headers(), response.body());
  }

  @Override
  public InputStream download(ApiRequest request) {
    Exchange ex = newExchange(request, true);
    RawResponse response = send(ex);
    checkStatus(response, ex);
    return response.stream();
  }

  @Override
  public <T> PagedIterable<T> list(ApiRequest first, Class<T> itemType) {
    JavaType envelope = Json.mapper().getTypeFactory().constructParametricType(CollectionEnvelope.class, itemType);
    JavaType array = Json.mapper().getTypeFactory().constructCollectionType(List.class, itemType);
    return new PagedListing<>(cursor -> fetchLinked(first, cursor, envelope, array), null);
  }

  @Override
  public <T> PagedIterable<T> listByOffset(ApiRequest first, Class<T> itemType, int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize: must be positive, was " + pageSize);
    }
    JavaType envelope = Json.mapper().getTypeFactory().constructParametricType(CollectionEnvelope.class, itemType);
    JavaType array = Json.mapper().getTypeFactory().constructCollectionType(List.class, itemType);
    return new PagedListing<>(cursor -> fetchOffset(first, cursor == null ? 0 : cursor.offset, pageSize,
        envelope, array), null);
  }

  @Override
  public <T> Poller<T> longRunning(ApiRequest request, Class<T> resultType) {
    Exchange ex = newExchange(request, false);
    RawResponse response = send(ex);
    checkStatus(response, ex);
    return new LongRunningPoller<>(this, request, resultType, response, describe(ex));
  }

  // ---- paging

  private <T> FetchedPage<T> fetchLinked(ApiRequest first, Cursor cursor, JavaType envelope, JavaType array) {
    ApiRequest request = cursor == null ? first : followLink(first, cursor);
    Exchange ex = newExchange(request, false);
    RawResponse response = send(ex);
    checkStatus(response, ex);
    if (isJsonArray(response.body())) {
      return new FetchedPage<>(JsonBodies.read(response.body(), array, describe(ex)), null, null);
    }
    if (response.body().length == 0) {
      return new FetchedPage<>(List.of(), null, null);
    }
    CollectionEnvelope<T> env = JsonBodies.read(response.body(), envelope, describe(ex));
    if (env == null) {   // a JSON null: Partner Center's answer for "none" (e.g. a customer without resellers)
      return new FetchedPage<>(List.of(), null, null);
    }
    Cursor next = null;
    if (env.links != null && env.links.next != null && env.links.next.uri != null
        && !env.links.next.uri.isBlank()) {
      Map<String, String> headers = new LinkedHashMap<>();
      if (env.links.next.headers != null) {
        env.links.next.headers.stream().filter(h -> h != null && h.key != null && h.value != null)
            .forEach(h -> headers.put(h.key, h.value));
      }
      next = Cursor.link(env.links.next.uri, env.links.next.method, headers);
    } else if (env.odataNextLink != null && !env.odataNextLink.isBlank()) {
      next = Cursor.link(env.odataNextLink, "GET", Map.of());
    }
    return new FetchedPage<>(env.items, next, env.totalCount);
  }

  private ApiRequest followLink(ApiRequest first, Cursor cursor) {
    URI base = first.audience() == Audience.EXTERNAL ? URI.create(first.path()) : settings.baseUrl(first.audience());
    String target = Urls.normaliseLink(base, cursor.uri);
    ApiRequest.Builder b = Requests.builder(cursor.method, target, null)
        .audience(first.audience())
        .options(first.options());
    first.headers().forEach(b::header);
    cursor.headers.forEach(b::header);
    return b.build();
  }

  private <T> FetchedPage<T> fetchOffset(ApiRequest first, long offset, int pageSize, JavaType envelope,
      JavaType array) {
    ApiRequest.Builder b = Requests.builder(first.method(), first.path(), first.body())
        .audience(first.audience())
        .options(first.options());
    first.query().stream().filter(q -> !PAGING_PARAMS.contains(q.getKey().toLowerCase(java.util.Locale.ROOT)))
        .forEach(q -> b.query(q.getKey(), q.getValue()));
    b.query("size", pageSize).query("offset", offset);
    first.headers().forEach(b::header);
    first.acceptedStatuses().forEach(b::accept);
    Exchange ex = newExchange(b.build(), false);
    RawResponse response = send(ex);
    checkStatus(response, ex);
    List<T> items;
    Long total = null;
    boolean nextLink = false;
    if (response.body().length == 0) {
      items = List.of();
    } else if (isJsonArray(response.body())) {
      items = JsonBodies.read(response.body(), array, describe(ex));
    } else {
      CollectionEnvelope<T> env = JsonBodies.read(response.body(), envelope, describe(ex));
      items = env.items == null ? List.of() : env.items;
      total = env.totalCount;
      nextLink = env.links != null && env.links.next != null;
    }
    long nextOffset = offset + items.size();
    return new FetchedPage<>(items, moreAfterOffsetPage(items.size(), pageSize, total, nextLink, nextOffset)
        ? Cursor.offset(nextOffset) : null, total);
  }

  /**
   * Whether an offset-paged listing goes on: not after an empty page; yes with a next link; when {@code totalCount}
   * is larger than the page (so it is the listing's total — Partner Center sometimes sends the page's count instead),
   * until that total is reached, even through pages shorter than asked for (a server-side page cap); otherwise
   * after full pages only, so that an endpoint that ignores {@code offset} cannot make the listing endless.
   */
  static boolean moreAfterOffsetPage(int itemCount, int pageSize, Long totalCount, boolean nextLink,
      long nextOffset) {
    if (itemCount == 0) {
      return false;
    }
    if (nextLink) {
      return true;
    }
    if (totalCount != null && totalCount > itemCount) {
      return nextOffset < totalCount;
    }
    return itemCount >= pageSize;
  }

  private static boolean isJsonArray(byte[] body) {
    for (byte b : body) {
      if (b == '[') {
        return true;
      }
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != (byte) 0xEF && b != (byte) 0xBB
          && b != (byte) 0xBF) {
        return false;
      }
    }
    return false;
  }

  // ---- the pipeline

  Exchange newExchange(ApiRequest request, boolean streaming) {
    if (closed.get()) {
      throw new IllegalStateException("The PartnerCenterClient is closed");
    }
    Exchange ex = new Exchange(request, Urls.resolve(settings, request), serialise(request.body()), streaming);
    RequestOptions options = request.options();
    Duration timeout = options.timeout().orElse(settings.callTimeout());
    ex.deadline = timeout == null ? null : settings.clock().instant().plus(timeout);
    ex.headers.put("Accept", "application/json");
    if (request.audience() == Audience.PARTNER_CENTER) {
      ex.headers.put("MS-Contract-Version", "v1");
      ex.headers.put("X-Locale", settings.locale());
      if (settings.applicationName() != null) {
        ex.headers.put("MS-PartnerCenter-Application", settings.applicationName());
      }
    }
    options.ifMatch().ifPresent(etag -> ex.headers.put("If-Match", etag));
    request.headers().forEach(ex.headers::put);
    options.headers().forEach(ex.headers::put);
    return ex;
  }

  RawResponse send(Exchange ex) {
    try {
      return new Stage.Chain(stages, 0).proceed(ex);
    } catch (IOException e) {
      throw new PartnerCenterClientException(ex.method() + " " + ex.logPath() + " failed ("
          + e.getClass().getSimpleName() + ")", e, ex.requestId, ex.correlationId, Math.max(1, ex.attempt));
    }
  }

  void checkStatus(RawResponse response, Exchange ex) {
    int s = response.status();
    if ((s >= 200 && s < 300) || ex.request.acceptedStatuses().contains(s)) {
      return;
    }
    try {
      response.close();
    } catch (IOException ignored) {
      // the error is what matters
    }
    throw errors.toException(response, ex);
  }

  static String describe(Exchange ex) {
    return "the response of " + ex.method() + " " + ex.logPath();
  }

  private static byte[] serialise(Object body) {
    if (body == null) {
      return null;
    }
    if (body instanceof String) {
      return ((String) body).getBytes(StandardCharsets.UTF_8);
    }
    if (body instanceof byte[]) {
      return (byte[]) body;
    }
    try {
      return Json.mapper().writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the request body of type " + body.getClass().getName(), e);
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      transport.close();
    }
  }
}
