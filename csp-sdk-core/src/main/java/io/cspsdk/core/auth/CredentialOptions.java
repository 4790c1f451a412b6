package io.cspsdk.core.auth;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.http.ProxyOptions;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of the Microsoft Entra ID credentials: the authority host (public cloud by default; e.g.
 * {@code https://login.chinacloudapi.cn} for China) and the token endpoint's timeouts.
 */
public final class CredentialOptions {
  /** The public cloud's authority host. */
  public static final String DEFAULT_AUTHORITY_HOST = "https://login.microsoftonline.com";
  private static final CredentialOptions DEFAULTS = builder().build();

  private final URI authorityHost;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final ProxyOptions proxy;
  private final boolean useSystemProperties;

  private CredentialOptions(Builder b) {
    this.authorityHost = b.authorityHost;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.proxy = b.proxy;
    this.useSystemProperties = b.useSystemProperties;
  }

  public static CredentialOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The authority host, without trailing slash, e.g. {@code https://login.microsoftonline.com}. */
  public URI authorityHost() {
    return authorityHost;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration readTimeout() {
    return readTimeout;
  }

  /** The proxy for token requests, when set. */
  public Optional<ProxyOptions> proxy() {
    return Optional.ofNullable(proxy);
  }

  /** Whether token requests use the JVM's proxy settings (when no proxy is set). */
  public boolean useSystemProperties() {
    return useSystemProperties;
  }

  @Override
  public String toString() {
    return "CredentialOptions{authorityHost=" + authorityHost + (proxy == null ? "" : ", proxy=" + proxy)
        + (useSystemProperties ? ", useSystemProperties" : "") + "}";
  }

  /** Builder of {@link CredentialOptions}. */
  public static final class Builder {
    private URI authorityHost = URI.create(DEFAULT_AUTHORITY_HOST);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private ProxyOptions proxy;
    private boolean useSystemProperties;

    private Builder() {}

    /** Sends token requests to Microsoft Entra ID through this proxy. */
    public Builder proxy(ProxyOptions proxy) {
      this.proxy = proxy;
      return this;
    }

    /** Uses the JVM's proxy settings for token requests; conflicts with {@link #proxy(ProxyOptions)}. */
    public Builder useSystemProperties() {
      this.useSystemProperties = true;
      return this;
    }

    /** An https URL; Microsoft Entra ID requires TLS. */
    public Builder authorityHost(String authorityHost) {
      URI uri;
      try {
        uri = URI.create(Objects.requireNonNull(authorityHost, "authorityHost").trim());
      } catch (IllegalArgumentException e) {
        throw new ValidationException("authorityHost", "must be an https URL, was '" + authorityHost + "'");
      }
      if (uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).equals("https")
          || uri.getHost() == null) {
        throw new ValidationException("authorityHost", "must be an https URL, was '" + authorityHost + "'");
      }
      String s = uri.toString();
      while (s.endsWith("/")) {
        s = s.substring(0, s.length() - 1);
      }
      this.authorityHost = URI.create(s);
      return this;
    }

    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = positive(readTimeout, "readTimeout");
      return this;
    }

    public CredentialOptions build() {
      if (proxy != null && useSystemProperties) {
        throw new ValidationException("proxy", "conflicts with useSystemProperties(): set one of them");
      }
      return new CredentialOptions(this);
    }

    private static Duration positive(Duration d, String field) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new ValidationException(field, "must be positive");
      }
      return d;
    }
  }
}
