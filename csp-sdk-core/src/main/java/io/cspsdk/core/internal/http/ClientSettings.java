package io.cspsdk.core.internal.http;

import io.cspsdk.core.RetryOptions;
import io.cspsdk.core.Sleeper;
import io.cspsdk.core.auth.TokenCredential;
import io.cspsdk.core.http.HttpInterceptor;
import io.cspsdk.core.http.ProxyOptions;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The validated settings of one client, as the pipeline needs them.
 *
 * @param rateLimitPerMinute requests per minute per tenant key; 0 disables the limiter
 * @param maxResponseBytes the most bytes of one answer held in memory (after decompression): a buffered body, or
 *     one line or record of a streamed download
 * @param proxy the proxy for all traffic, or null
 * @param useSystemProperties without a proxy: use the JVM's proxy system properties and ProxySelector
 */
public record ClientSettings(
    URI endpoint,
    URI graphEndpoint,
    URI priceSheetEndpoint,
    TokenCredential credential,
    Clock clock,
    Sleeper sleeper,
    RetryOptions retry,
    int rateLimitPerMinute,
    Duration connectTimeout,
    Duration responseTimeout,
    Duration callTimeout,
    String locale,
    String applicationName,
    String correlationId,
    Duration tokenRefreshMargin,
    int maxConnections,
    long maxResponseBytes,
    List<HttpInterceptor> interceptors,
    ProxyOptions proxy,
    boolean useSystemProperties) {

  /** The base URL of an audience (EXTERNAL has none). */
  public URI baseUrl(Audience audience) {
    switch (audience) {
      case PARTNER_CENTER: return endpoint;
      case GRAPH: return graphEndpoint;
      case PRICE_SHEETS: return priceSheetEndpoint;
      default: throw new IllegalArgumentException("no base URL for " + audience);
    }
  }
}
