package io.cspsdk.core.internal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each attempt: method, path (no query string), status, attempt, request id and duration at DEBUG; allow-listed
 * headers and bodies (secrets such as passwords and tokens masked) at TRACE. Authorization is never logged.
 */
final class LoggingStage implements Stage {
  private static final Logger LOG = LoggerFactory.getLogger("io.cspsdk.core.http");
  private static final int MAX_BODY_CHARS = 8192;
  private static final Set<String> HEADER_ALLOW_LIST = caseInsensitive(
      "MS-RequestId", "MS-CorrelationId", "MS-CV", "MS-Contract-Version", "X-Locale", "MS-PartnerCenter-Application",
      "Accept", "Content-Type", "Content-Length", "Retry-After", "If-Match", "ETag", "Date");
  /** JSON members whose string values are secrets: passwords, secrets, tokens, keys, credentials. */
  private static final Pattern SECRET_MEMBER = Pattern.compile(
      "(\"[^\"]*(?:password|secret|token|credential|assertion|signature|key)[^\"]*\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*(?:\"|$)",
      Pattern.CASE_INSENSITIVE);

  private final Clock clock;

  LoggingStage(Clock clock) {
    this.clock = clock;
  }

  @Override
  public RawResponse handle(Exchange ex, Chain chain) throws IOException {
    if (!LOG.isDebugEnabled()) {
      return chain.proceed(ex);
    }
    LOG.debug("--> {} {} (attempt {}, MS-RequestId {})", ex.method(), ex.logPath(), ex.attempt, ex.requestId);
    if (LOG.isTraceEnabled()) {
      LOG.trace("--> headers {}", allowed(ex.headers));
      if (ex.body != null && ex.body.length > 0) {
        LOG.trace("--> body {}", redact(ex.body));
      }
    }
    long start = clock.millis();
    RawResponse response;
    try {
      response = chain.proceed(ex);
    } catch (IOException e) {
      LOG.debug("<-- {} {} failed: {} (attempt {}, MS-RequestId {})", ex.method(), ex.logPath(),
          e.getClass().getSimpleName(), ex.attempt, ex.requestId);
      throw e;
    }
    LOG.debug("<-- {} {} {} ({} ms, attempt {}, MS-RequestId {})", response.status(), ex.method(), ex.logPath(),
        clock.millis() - start, ex.attempt, ex.requestId);
    if (LOG.isTraceEnabled()) {
      LOG.trace("<-- headers {}", allowedMulti(response.headers()));
      if (!response.isStreaming() && response.body().length > 0) {
        LOG.trace("<-- body {}", redact(response.body()));
      }
    }
    return response;
  }

  /** The body as text with secret JSON members masked, cut at a readable length. */
  static String redact(byte[] body) {
    String text = new String(body, 0, Math.min(body.length, MAX_BODY_CHARS * 4), StandardCharsets.UTF_8);
    Matcher m = SECRET_MEMBER.matcher(text);
    String masked = m.replaceAll("$1\"****\"");
    return masked.length() > MAX_BODY_CHARS ? masked.substring(0, MAX_BODY_CHARS) + "...(truncated)" : masked;
  }

  private static String allowed(Map<String, String> headers) {
    StringBuilder sb = new StringBuilder("{");
    headers.forEach((k, v) -> {
      if (HEADER_ALLOW_LIST.contains(k)) {
        sb.append(sb.length() > 1 ? ", " : "").append(k).append('=').append(v);
      }
    });
    return sb.append('}').toString();
  }

  private static String allowedMulti(Map<String, List<String>> headers) {
    StringBuilder sb = new StringBuilder("{");
    headers.forEach((k, v) -> {
      if (HEADER_ALLOW_LIST.contains(k)) {
        sb.append(sb.length() > 1 ? ", " : "").append(k).append('=').append(String.join(",", v));
      }
    });
    return sb.append('}').toString();
  }

  private static Set<String> caseInsensitive(String... names) {
    Set<String> s = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    s.addAll(List.of(names));
    return s;
  }
}
