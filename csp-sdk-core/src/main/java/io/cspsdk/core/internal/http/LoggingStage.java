package io.cspsdk.core.internal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
  /** Words that make a JSON member's string value a secret: passwords, secrets, tokens, keys, credentials. */
  private static final String[] SECRET_WORDS = {
      "password", "secret", "token", "credential", "assertion", "signature", "key"};

  LoggingStage() {}

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
    long start = System.nanoTime();   // monotonic: the injected clock may be a fake that never moves
    RawResponse response;
    try {
      response = chain.proceed(ex);
    } catch (IOException e) {
      LOG.debug("<-- {} {} failed: {} (attempt {}, MS-RequestId {})", ex.method(), ex.logPath(),
          e.getClass().getSimpleName(), ex.attempt, ex.requestId);
      throw e;
    }
    LOG.debug("<-- {} {} {} ({} ms, attempt {}, MS-RequestId {})", response.status(), ex.method(), ex.logPath(),
        (System.nanoTime() - start) / 1_000_000, ex.attempt, ex.requestId);
    if (LOG.isTraceEnabled()) {
      LOG.trace("<-- headers {}", allowedMulti(response.headers()));
      if (!response.isStreaming() && response.body().length > 0) {
        LOG.trace("<-- body {}", redact(response.body()));
      }
    }
    return response;
  }

  /**
   * The body as text with secret JSON members and SAS signatures masked, cut at a readable length. Linear in the
   * body's length.
   */
  static String redact(byte[] body) {
    String text = new String(body, 0, Math.min(body.length, MAX_BODY_CHARS * 4), StandardCharsets.UTF_8);
    String masked = PayloadExcerpt.maskSasSignatures(maskSecrets(text));
    return masked.length() > MAX_BODY_CHARS ? masked.substring(0, MAX_BODY_CHARS) + "...(truncated)" : masked;
  }

  /**
   * One pass over JSON-like text: every string that is a member name ({@code "name" :}) naming a secret has its
   * string value replaced by {@code "****"}; an unterminated value (a cut body) is masked to the end.
   */
  static String maskSecrets(String t) {
    int n = t.length();
    StringBuilder out = new StringBuilder(n);
    int i = 0;
    while (i < n) {
      char c = t.charAt(i);
      if (c != '"') {
        out.append(c);
        i++;
        continue;
      }
      int nameStart = i;
      int nameEnd = stringEnd(t, i);
      out.append(t, i, nameEnd);
      i = nameEnd;
      int colon = skipWhitespace(t, i);
      if (colon < n && t.charAt(colon) == ':' && isSecretName(t, nameStart + 1, nameEnd)) {
        int value = skipWhitespace(t, colon + 1);
        if (value < n && t.charAt(value) == '"') {
          out.append(t, i, value).append("\"****\"");
          i = stringEnd(t, value);
        }
      }
    }
    return out.toString();
  }

  /** The index after the string starting with the quote at {@code start} (or the text's end if unterminated). */
  private static int stringEnd(String t, int start) {
    int i = start + 1;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else {
        i++;
      }
    }
    return t.length();
  }

  private static int skipWhitespace(String t, int i) {
    while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Whether t[from, to) contains a secret word, ignoring case. */
  private static boolean isSecretName(String t, int from, int to) {
    for (String word : SECRET_WORDS) {
      for (int i = from; i + word.length() <= to; i++) {
        if (t.regionMatches(true, i, word, 0, word.length())) {
          return true;
        }
      }
    }
    return false;
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
