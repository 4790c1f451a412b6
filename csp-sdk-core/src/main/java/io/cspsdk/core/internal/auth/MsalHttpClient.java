package io.cspsdk.core.internal.auth;

import com.microsoft.aad.msal4j.HttpRequest;
import com.microsoft.aad.msal4j.HttpResponse;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import io.cspsdk.core.auth.CredentialOptions;
import io.cspsdk.core.internal.http.Transports;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * MSAL's HTTP transport on Apache HttpClient 5, so token requests use the same, configurable HTTP stack as the
 * rest of csp-sdk. TLS uses the JVM's default context ({@code javax.net.ssl.*} settings) unless one is given.
 * No retries here: MSAL and the credential cache decide.
 */
public final class MsalHttpClient implements IHttpClient {
  private final CloseableHttpClient client;

  public MsalHttpClient(CredentialOptions options, SSLContext sslContext) {
    PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
        .setDefaultConnectionConfig(ConnectionConfig.custom()
            .setConnectTimeout(Timeout.of(options.connectTimeout()))
            .setSocketTimeout(Timeout.of(options.readTimeout()))
            .build())
        .setMaxConnPerRoute(10)
        .setMaxConnTotal(20);
    pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext != null ? sslContext : jvmDefault()));
    this.client = Transports.configure(HttpClients.custom(), options.proxy().orElse(null),
            options.useSystemProperties())
        .setConnectionManager(pool.build())
        .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(options.readTimeout())).build())
        .disableAutomaticRetries()
        .disableCookieManagement()
        .disableRedirectHandling()
        .setUserAgent(Transports.userAgent(null))
        .build();
  }

  private static SSLContext jvmDefault() {
    try {
      return SSLContext.getDefault();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("No default TLS context in this JVM", e);
    }
  }

  @Override
  public IHttpResponse send(HttpRequest httpRequest) throws Exception {
    HttpUriRequestBase request = new HttpUriRequestBase(httpRequest.httpMethod().methodName,
        httpRequest.url().toURI());
    String contentType = null;
    if (httpRequest.headers() != null) {
      for (Map.Entry<String, String> h : httpRequest.headers().entrySet()) {
        if ("Content-Type".equalsIgnoreCase(h.getKey())) {
          contentType = h.getValue();
        } else if (!"Content-Length".equalsIgnoreCase(h.getKey())) {
          request.setHeader(h.getKey(), h.getValue());
        }
      }
    }
    if (httpRequest.body() != null) {
      ContentType type = contentType == null
          ? ContentType.APPLICATION_FORM_URLENCODED.withCharset(StandardCharsets.UTF_8)
          : ContentType.parse(contentType);
      request.setEntity(new StringEntity(httpRequest.body(), type));
    }
    return client.execute(request, (ClassicHttpResponse response) -> {
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (Header h : response.getHeaders()) {
        headers.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue());
      }
      HttpResponse out = new HttpResponse().statusCode(response.getCode())
          .body(response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
      out.addHeaders(headers);
      return out;
    });
  }
}
