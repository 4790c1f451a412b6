package io.cspsdk.core.internal.http;

import com.fasterxml.jackson.databind.JavaType;
import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.Poller;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.Response;
import io.cspsdk.core.error.PartnerCenterClientException;
import io.cspsdk.core.error.ResponseParseException;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@link ApiCaller} over the pipeline request id → correlation → retry → auth → rate limiter → logging →
 * transport (Apache HttpClient 5): every request sent takes a rate-limit permit, retries included. Thread-safe; one
 * per client.
 */
public final class DefaultApiCaller implements ApiCaller, Closeable {
  private static final Set<String> PAGING_PARAMS = Set.of("size", "offset");
  private static final String CONTINUATION_HEADER = "MS-ContinuationToken";

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
    InterceptorStage interceptors = new InterceptorStage(settings.interceptors());
    List<Stage> pipeline = new ArrayList<>(List.of(
        new RequestIdStage(),
        new CorrelationStage(settings.correlationId()),
        new RetryStage(settings.retry(), settings.clock(), settings.sleeper(), errors, interceptors),
        new AuthStage(tokens)));
    if (settings.rateLimitPerMinute() > 0) {
      pipeline.add(new RateLimitStage(new SlidingWindowRateLimiter(settings.rateLimitPerMinute(), settings.clock()),
          settings.clock(), settings.sleeper()));
    }
    if (!interceptors.isEmpty()) {
      pipeline.add(interceptors);
    }
    pipeline.add(new LoggingStage());
    pipeline.add(transport);
    this.stages = List.copyOf(pipeline);
  }

  @Override
  public ClientSettings settings() {
    return settings;
  }

  @Override
  public <T> T call(ApiRequest request, Type type) {
    Exchange ex = newExchange(request, false);
    RawResponse response = send(ex);
    checkStatus(response, ex);
    if (type == Void.class || type == void.class) {
      return null;
    }
    return JsonBodies.readRequired(response.body(), JsonBodies.type(type), describe(ex));
  }

  @Override
  public ApiResponse exchange(ApiRequest request) {
    Exchange ex = newExchange(request, false);
    RawResponse response = send(ex);
    checkStatus(response, ex);
    return new ApiResponse(response.status(), response.headers(), response.body(), ex.requestId, ex.correlationId);
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
    PageTypes types = new PageTypes(itemType);
    return new PagedListing<>((cursor, skip) -> fetchLinked(first, cursor, types, skip), null, false);
  }

  @Override
  public <T> PagedIterable<T> listByOffset(ApiRequest first, Class<T> itemType, int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize: must be positive, was " + pageSize);
    }
    PageTypes types = new PageTypes(itemType);
    return new PagedListing<>((cursor, skip) -> fetchOffset(first, cursor == null ? 0 : cursor.offset, pageSize,
        types, skip), null, false);
  }

  @Override
  public <T> Response<Poller<T>> longRunningWithResponse(ApiRequest request, Class<T> resultType) {
    Exchange ex = newExchange(request, false);
    RawResponse response = send(ex);
    checkStatus(response, ex);
    Poller<T> poller = new LongRunningPoller<>(this, request, resultType, response, describe(ex));
    return new Response<>(poller, response.status(), response.headers(), ex.requestId, ex.correlationId);
  }

  // ---- paging

  /** The Jackson types of one listing's pages. */
  private static final class PageTypes {
    final JavaType item;
    final JavaType envelope;
    final JavaType array;

    PageTypes(Class<?> itemType) {
      item = Json.mapper().getTypeFactory().constructType(itemType);
      envelope = Json.mapper().getTypeFactory().constructParametricType(CollectionEnvelope.class, itemType);
      array = Json.mapper().getTypeFactory().constructCollectionType(List.class, itemType);
    }
  }

  /** A page's items and envelope; unreadable items are skipped into {@code unreadable} or thrown. */
  private static final class ReadPage<T> {
    List<T> items;
    CollectionEnvelope<T> envelope;
    List<ResponseParseException> unreadable = new ArrayList<>();
  }

  private static <T> ReadPage<T> readPage(byte[] body, PageTypes types, Exchange ex, boolean skip) {
    ReadPage<T> page = new ReadPage<>();
    boolean array = isJsonArray(body);
    try {
      if (array) {
        page.items = JsonBodies.readRequired(body, types.array, describe(ex));
      } else {
        page.envelope = JsonBodies.readRequired(body, types.envelope, describe(ex));
        page.items = page.envelope.items;
      }
    } catch (ResponseParseException e) {
      ItemByItem<T> split = ItemByItem.read(body, types.envelope, types.item, describe(ex), e);
      if (!skip && !split.unreadable.isEmpty()) {
        throw split.unreadable.get(0);
      }
      if (split.unreadable.isEmpty()) {
        throw e;
      }
      page.items = split.items;
      page.envelope = split.envelope;
      page.unreadable = split.unreadable;
      if (page.envelope != null) {
        page.envelope.items = page.items;
      }
      return page;
    }
    String field = array ? "$" : "items";
    if (skip && page.items != null && page.items.contains(null)) {
      List<T> readable = new ArrayList<>(page.items.size());
      for (int i = 0; i < page.items.size(); i++) {
        if (page.items.get(i) == null) {
          page.unreadable.add(ItemByItem.nullItem(describe(ex), (array ? "" : field) + "[" + i + "]"));
        } else {
          readable.add(page.items.get(i));
        }
      }
      page.items = readable;
      if (page.envelope != null) {
        page.envelope.items = readable;
      }
    }
    items(page.items, field, ex);
    return page;
  }

  private <T> FetchedPage<T> fetchLinked(ApiRequest first, Cursor cursor, PageTypes types, boolean skip) {
    ApiRequest request = cursor == null ? first : followLink(first, cursor);
    Exchange ex = newExchange(request, false);
    RawResponse response = send(ex);
    checkStatus(response, ex);
    if (!isJsonArray(response.body()) && first.nullMeansEmpty() && JsonBodies.isJsonNull(response.body())) {
      return new FetchedPage<>(List.of(), null, null);
    }
    ReadPage<T> page = readPage(response.body(), types, ex, skip);
    if (page.envelope == null) {
      return new FetchedPage<>(page.items, null, null, page.unreadable);
    }
    CollectionEnvelope<T> env = page.envelope;
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
    return new FetchedPage<>(env.items, next, env.totalCount, page.unreadable);
  }

  /**
   * The request for a next link: the listing's own method (or GET), the link's URL only within the listing's
   * origin (checked when the exchange is built), and of the link's headers only the continuation token.
   */
  private ApiRequest followLink(ApiRequest first, Cursor cursor) {
    String field = first.audience() == Audience.GRAPH ? "@odata.nextLink" : "links.next.uri";
    if (!cursor.method.equals("GET") && !cursor.method.equalsIgnoreCase(first.method())) {
      throw new ResponseParseException("links.next.method of a listing of " + first.method() + " " + first.path()
          + " asks for a method the client did not choose: refused", "links.next.method", null);
    }
    URI base = first.audience() == Audience.EXTERNAL ? URI.create(first.path()) : settings.baseUrl(first.audience());
    String target = Urls.normaliseLink(base, cursor.uri);
    if (!target.startsWith("/") && !Urls.isAbsolute(target)) {
      throw new ResponseParseException(field + " is not an http(s) URL", field, null);
    }
    ApiRequest.Builder b = Requests.builder(cursor.method, target, null)
        .audience(first.audience())
        .options(first.options())
        .linkField(field);
    first.headers().forEach(b::header);
    cursor.headers.forEach((k, v) -> {
      if (!k.equalsIgnoreCase(CONTINUATION_HEADER)) {
        return;
      }
      if (!isHeaderValue(v)) {
        throw new ResponseParseException("links.next.headers: the " + CONTINUATION_HEADER
            + " value holds control characters", "links.next.headers", null);
      }
      b.header(CONTINUATION_HEADER, v);
    });
    return b.build();
  }

  private static boolean isHeaderValue(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < 0x20 || c == 0x7f || c > 0xff) {
        return false;
      }
    }
    return true;
  }

  private <T> FetchedPage<T> fetchOffset(ApiRequest first, long offset, int pageSize, PageTypes types,
      boolean skip) {
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
    ReadPage<T> page = readPage(response.body(), types, ex, skip);
    List<T> items = page.items;
    Long total = null;
    boolean nextLink = false;
    if (page.envelope != null) {
      total = page.envelope.totalCount;
      nextLink = page.envelope.links != null && page.envelope.links.next != null;
    }
    // the position counts the unreadable items too: they were on the page
    int seen = items.size() + page.unreadable.size();
    long nextOffset = offset + seen;
    return new FetchedPage<>(items, moreAfterOffsetPage(seen, pageSize, total, nextLink, nextOffset)
        ? Cursor.offset(nextOffset) : null, total, page.unreadable);
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

  /** The items of a page: present and without JSON nulls, or a parse error naming the field. */
  private static <T> List<T> items(List<T> items, String field, Exchange ex) {
    if (items == null) {
      throw new ResponseParseException("Could not read " + describe(ex) + ": a collection without " + field, field,
          null);
    }
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) == null) {
        String path = (field.equals("$") ? "" : field) + "[" + i + "]";
        throw new ResponseParseException("Could not read " + describe(ex) + ": null item at " + path, path, null);
      }
    }
    return items;
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
    URI uri = Urls.resolve(settings, request);
    if (request.audience() == Audience.EXTERNAL || Urls.isAbsolute(request.path())) {
      // a relative path is joined to the configured base URL: only an absolute one can lead elsewhere
      Origins.check(settings, request, uri);
    }
    Exchange ex = new Exchange(request, uri, serialise(request.body()), streaming);
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
