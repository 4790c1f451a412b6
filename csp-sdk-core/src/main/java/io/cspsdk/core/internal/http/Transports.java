package io.cspsdk.core.internal.http;

import io.cspsdk.core.http.ProxyOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.HttpHost;

/** What both HTTP stacks (the client's pipeline and MSAL's token requests) share: proxy and User-Agent. */
public final class Transports {
  /** csp-sdk's version, from the build. */
  public static final String VERSION = readVersion();

  private Transports() {}

  /**
   * {@code csp-sdk-java/<version> (Java <version>; <os>)}, followed by the application's name when it gave one
   * (Partner Center asks partners to identify their application).
   */
  public static String userAgent(String applicationName) {
    String base = "csp-sdk-java/" + VERSION + " (Java " + System.getProperty("java.version") + "; "
        + System.getProperty("os.name") + ")";
    return applicationName == null ? base : base + " " + applicationName;
  }

  /** Routes through the proxy when one is given, else through the JVM's proxy settings when asked to. */
  public static HttpClientBuilder configure(HttpClientBuilder builder, ProxyOptions proxy, boolean systemProperties) {
    if (proxy != null) {
      HttpHost host = new HttpHost("http", proxy.host(), proxy.port());
      builder.setProxy(host);
      if (proxy.username().isPresent()) {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(new AuthScope(host),
            new UsernamePasswordCredentials(proxy.username().get(), proxy.password().orElse("").toCharArray()));
        builder.setDefaultCredentialsProvider(credentials);
      }
    } else if (systemProperties) {
      // http(s).proxyHost/Port, http.nonProxyHosts, the default ProxySelector and Authenticator
      builder.useSystemProperties();
    }
    return builder;
  }

  private static String readVersion() {
    try (InputStream in = Transports.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
