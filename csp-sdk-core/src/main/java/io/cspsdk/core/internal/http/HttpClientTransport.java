package io.cspsdk.core.internal.http;

import io.cspsdk.core.error.ResponseParseException;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipException;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The last stage: sends the exchange with Apache HttpClient 5 (classic, pooled, its own retries off). Error and
 * JSON responses are read fully and the connection released; successful downloads keep the connection until the
 * returned stream is closed. Each attempt's response timeout is shortened to fit the call's deadline.
 */
final class HttpClientTransport implements Stage, Closeable {
  private final CloseableHttpClient client;
  private final Duration responseTimeout;
  private static final long MAX_ERROR_BODY_BYTES = 64 * 1024;

  private final Clock clock;
  private final long maxResponseBytes;
  private final RequestConfig apiConfig;
  private final RequestConfig downloadConfig;

  HttpClientTransport(ClientSettings settings) {
    this.clock = settings.clock();
    this.maxResponseBytes = settings.maxResponseBytes();
    this.apiConfig = config(settings.responseTimeout(), false);
    this.downloadConfig = config(settings.responseTimeout(), true);
    this.responseTimeout = settings.responseTimeout();
    PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
        .setDefaultConnectionConfig(ConnectionConfig.custom()
            .setConnectTimeout(Timeout.of(settings.connectTimeout()))
            .setSocketTimeout(Timeout.of(settings.responseTimeout()))
            .build())
        .setMaxConnTotal(settings.maxConnections())
        .setMaxConnPerRoute(settings.maxConnections())
        .setTlsSocketStrategy(new DefaultClientTlsStrategy(jvmDefaultTls()))
        .build();
    this.client = Transports.configure(HttpClients.custom(), settings.proxy(), settings.useSystemProperties())
        .setConnectionManager(pool)
        .disableAutomaticRetries()
        .disableCookieManagement()
        .evictExpiredConnections()
        .evictIdleConnections(TimeValue.ofMinutes(1))
        .setUserAgent(Transports.userAgent(settings.applicationName()))
        .build();
  }

  /** The JVM's default TLS context, so {@code javax.net.ssl.*} settings and installed defaults apply. */
  private static SSLContext jvmDefaultTls() {
    try {
      return SSLContext.getDefault();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("No default TLS context in this JVM", e);
    }
  }

  @Override
  public RawResponse handle(Exchange ex, Chain chain) throws IOException {
    HttpUriRequestBase request = new HttpUriRequestBase(ex.method(), ex.uri);
    ex.headers.forEach(request::addHeader); // names are unique already: no need for setHeader's search
    if (ex.body != null) {
      request.setEntity(new ByteArrayEntity(ex.body, ContentType.APPLICATION_JSON));
    }
    request.setConfig(requestConfig(ex));
    ClassicHttpResponse response = client.executeOpen(null, request, null);
    try {
      Header[] received = response.getHeaders();
      String[] names = new String[received.length];
      String[] values = new String[received.length];
      for (int i = 0; i < received.length; i++) {
        names[i] = received[i].getName();
        values[i] = received[i].getValue();
      }
      int status = response.getCode();
      HttpEntity entity = response.getEntity();
      if (ex.streaming && status >= 200 && status < 300 && entity != null) {
        InputStream content = entity.getContent();
        ClassicHttpResponse owner = response;
        response = null;
        return RawResponse.streaming(status, names, values, new FilterInputStream(content) {
          @Override
          public void close() throws IOException {
            try {
              super.close();
            } finally {
              owner.close();
            }
          }
        });
      }
      byte[] body = entity == null ? new byte[0] : read(entity, ex, status >= 200 && status < 300);
      return RawResponse.buffered(status, names, values, body);
    } finally {
      if (response != null) {
        response.close();
      }
    }
  }

  /**
   * Reads a body into memory, never more than the limit (counted after HttpClient's transparent decompression, so
   * a gzip bomb stops at the limit too). A success body beyond it is an error; an error body is cut, since only its
   * first bytes name the error. Closing the response without reading the rest drops the connection.
   */
  private byte[] read(HttpEntity entity, Exchange ex, boolean success) throws IOException {
    long limit = success ? maxResponseBytes : Math.min(maxResponseBytes, MAX_ERROR_BODY_BYTES);
    if (success && entity.getContentLength() > limit) {
      throw tooLarge(ex);
    }
    InputStream in = entity.getContent();
    if (in == null) {
      return new byte[0];
    }
    byte[] buffer = new byte[(int) Math.min(limit + 1, entity.getContentLength() >= 0
        ? entity.getContentLength() + 1 : 8192)];
    int size = 0;
    while (true) {
      if (size == buffer.length) {
        if (size > limit) {
          break;
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(limit + 1, Math.max(8192, (long) size * 2)));
      }
      int n;
      try {
        n = in.read(buffer, size, buffer.length - size);
      } catch (ZipException corrupt) {
        // a body announced as gzip that does not inflate: a bad answer, not a network failure to retry
        throw new ResponseParseException("The response of " + ex.method() + " " + ex.logPath()
            + " is not valid compressed data (" + corrupt.getClass().getSimpleName() + ")", "$", null);
      }
      if (n < 0) {
        return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
      }
      size += n;
    }
    if (success) {
      throw tooLarge(ex);
    }
    return Arrays.copyOf(buffer, (int) limit);
  }

  private ResponseParseException tooLarge(Exchange ex) {
    return new ResponseParseException("The response of " + ex.method() + " " + ex.logPath()
        + " exceeds the client's maxResponseBytes (" + maxResponseBytes + " bytes)", "$", null);
  }

  private RequestConfig requestConfig(Exchange ex) {
    Duration timeout = responseTimeout;
    ex.attemptCappedByDeadline = false;
    if (ex.deadline != null) {
      Duration remaining = Duration.between(clock.instant(), ex.deadline);
      if (remaining.compareTo(timeout) < 0) {
        timeout = remaining.isNegative() || remaining.isZero() ? Duration.ofMillis(1) : remaining;
        ex.attemptCappedByDeadline = true;
      }
    }
    if (!ex.attemptCappedByDeadline) {
      return ex.audience() == Audience.EXTERNAL ? downloadConfig : apiConfig;
    }
    return config(timeout, ex.audience() == Audience.EXTERNAL);
  }

  /** Redirects only for credential-free downloads: an authenticated request never follows one elsewhere. */
  private static RequestConfig config(Duration responseTimeout, boolean redirects) {
    return RequestConfig.custom()
        .setResponseTimeout(Timeout.of(responseTimeout))
        .setRedirectsEnabled(redirects)
        .build();
  }

  @Override
  public void close() {
    client.close(CloseMode.GRACEFUL);
  }
}
