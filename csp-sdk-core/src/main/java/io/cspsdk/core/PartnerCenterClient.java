package io.cspsdk.core;

import io.cspsdk.core.audit.AuditRecords;
import io.cspsdk.core.auth.TokenCredential;
import io.cspsdk.core.catalog.Catalog;
import io.cspsdk.core.customers.Customers;
import io.cspsdk.core.domains.Domains;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.http.HttpInterceptor;
import io.cspsdk.core.http.ProxyOptions;
import io.cspsdk.core.internal.audit.AuditRecordsImpl;
import io.cspsdk.core.internal.catalog.CatalogImpl;
import io.cspsdk.core.internal.customers.CustomersImpl;
import io.cspsdk.core.internal.domains.DomainsImpl;
import io.cspsdk.core.internal.http.ClientSettings;
import io.cspsdk.core.internal.http.DefaultApiCaller;
import io.cspsdk.core.internal.invoices.InvoicesImpl;
import io.cspsdk.core.internal.licenses.LicensesImpl;
import io.cspsdk.core.internal.orders.CartsImpl;
import io.cspsdk.core.internal.orders.OrdersImpl;
import io.cspsdk.core.internal.pricing.PriceSheetsImpl;
import io.cspsdk.core.internal.relationships.RelationshipsImpl;
import io.cspsdk.core.internal.subscriptions.SubscriptionsImpl;
import io.cspsdk.core.internal.support.ServiceRequestsImpl;
import io.cspsdk.core.internal.users.UsersImpl;
import io.cspsdk.core.internal.validation.Inputs;
import io.cspsdk.core.invoices.Invoices;
import io.cspsdk.core.licenses.Licenses;
import io.cspsdk.core.orders.Carts;
import io.cspsdk.core.orders.Orders;
import io.cspsdk.core.pricing.PriceSheets;
import io.cspsdk.core.relationships.Relationships;
import io.cspsdk.core.subscriptions.Subscriptions;
import io.cspsdk.core.support.ServiceRequests;
import io.cspsdk.core.users.Users;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The Partner Center client: one HTTP pipeline (auth, rate limit, retries, logging) shared by cheap resource-group
 * views such as {@code customers()}. Immutable and thread-safe; close it to release its connections.
 *
 * <pre>{@code
 * try (PartnerCenterClient pc = PartnerCenterClient.builder()
 *     .credential(PartnerCredentials.appOnly(tenantId, clientId, secret))
 *     .build()) {
 *   ...
 * }
 * }</pre>
 *
 * <p>Against a test server (WireMock, the testkit's fake): {@code .endpoint(baseUrl + "/v1")}, a
 * {@code PartnerCredentials.staticToken("test")}, and an injected {@code clock(...)} and {@code sleeper(...)} so
 * that retries, Retry-After and rate limiting never really wait ({@code noRateLimit()} turns the limiter off).
 *
 * <p>Calls are retried per {@link RetryOptions} with the same {@code MS-RequestId} on every attempt; calls to one
 * tenant (the partner, or the partner + one customer for {@code /customers/{id}/...}) are limited to
 * {@link Builder#rateLimit(int) 500 per minute} by a token bucket holding up to a sixth of that (bursts of ~10 s).
 */
public final class PartnerCenterClient implements AutoCloseable {
  /** The public Partner Center REST endpoint. */
  public static final String DEFAULT_ENDPOINT = "https://api.partnercenter.microsoft.com/v1";
  /** Microsoft Graph v1.0 (billing reconciliation exports). */
  public static final String DEFAULT_GRAPH_ENDPOINT = "https://graph.microsoft.com/v1.0";
  /** The partner price sheet API. */
  public static final String DEFAULT_PRICE_SHEET_ENDPOINT = "https://api.partner.microsoft.com/v1.0";
  /** The default of {@link Builder#maxResponseBytes(long)}: 64 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

  /** The one pipeline of this client; resource groups are views over it. */
  private final DefaultApiCaller caller;
  private final ClientSettings settings;

  private PartnerCenterClient(ClientSettings settings) {
    this.settings = settings;
    this.caller = new DefaultApiCaller(settings);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Raw access to endpoints not typed by csp-sdk, through the same pipeline. */
  public RawApi raw() {
    return new RawApi(caller);
  }

  // resource groups: accessors such as `public Customers customers() { return new DefaultCustomers(caller); }`

  /** The partner's customers, their profiles and agreements. */
  public Customers customers() {
    return new CustomersImpl(caller);
  }

  /** Availability of {@code *.onmicrosoft.com} domains for new customers. */
  public Domains domains() {
    return new DomainsImpl(caller);
  }

  /** The product catalog (new commerce) and legacy offers. */
  public Catalog catalog() {
    return new CatalogImpl(caller);
  }

  /** One customer's carts. */
  public Carts carts(String customerId) {
    return new CartsImpl(caller, customerId);
  }

  /** One customer's orders. */
  public Orders orders(String customerId) {
    return new OrdersImpl(caller, customerId);
  }

  /** One customer's subscriptions, add-ons and upgrades (transitions). */
  public Subscriptions subscriptions(String customerId) {
    return new SubscriptionsImpl(caller, customerId, settings.callTimeout());
  }

  /** The partner's audit records (activity log, last 90 days). */
  public AuditRecords auditRecords() {
    return new AuditRecordsImpl(caller);
  }

  /** Support incidents raised with Microsoft. */
  public ServiceRequests serviceRequests() {
    return new ServiceRequestsImpl(caller);
  }

  /** The user accounts of one customer tenant (app+user credentials). */
  public Users users(String customerId) {
    return new UsersImpl(caller, customerId);
  }

  /** The licences of one customer: subscribed SKUs, user licences, assignment (app+user credentials). */
  public Licenses licenses(String customerId) {
    return new LicensesImpl(caller, customerId);
  }

  /** The partner's invoices, statements and reconciliation line items (v1 and Graph v2 exports). */
  public Invoices invoices() {
    return new InvoicesImpl(caller, settings.clock(), settings.sleeper());
  }

  /** The partner's licence-based price sheets (app+user credentials). */
  public PriceSheets priceSheets() {
    return new PriceSheetsImpl(caller);
  }

  /** Two-tier CSP: indirect resellers and providers, a reseller's customers and attributed subscriptions. */
  public Relationships relationships() {
    return new RelationshipsImpl(caller);
  }
  // resource groups (end)

  /** The pipeline itself, for csp-sdk's own tests in this package. */
  io.cspsdk.core.internal.http.ApiCaller caller() {
    return caller;
  }

  /** The Partner Center endpoint this client calls. */
  public URI endpoint() {
    return settings.endpoint();
  }

  /** Releases pooled connections; calls after closing fail with {@link IllegalStateException}. */
  @Override
  public void close() {
    caller.close();
  }

  @Override
  public String toString() {
    return "PartnerCenterClient{endpoint=" + settings.endpoint() + "}";
  }

  /**
   * Builder of {@link PartnerCenterClient}. Only {@link #credential(TokenCredential)} is required; {@link #build()}
   * fails with a {@link ValidationException} naming the setting when one is missing, invalid or conflicting.
   */
  public static final class Builder {
    private String endpoint = DEFAULT_ENDPOINT;
    private String graphEndpoint = DEFAULT_GRAPH_ENDPOINT;
    private String priceSheetEndpoint = DEFAULT_PRICE_SHEET_ENDPOINT;
    private TokenCredential credential;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private RetryOptions retry = RetryOptions.defaults();
    private Integer rateLimitPerMinute;
    private boolean rateLimitDisabled;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration responseTimeout = Duration.ofSeconds(100);
    private Duration timeout = Duration.ofMinutes(5);
    private Locale locale = Locale.US;
    private String applicationName;
    private String correlationId;
    private Duration tokenRefreshMargin = Duration.ofMinutes(5);
    private int maxConnections = 50;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private final List<HttpInterceptor> interceptors = new ArrayList<>();
    private ProxyOptions proxy;
    private boolean useSystemProperties;

    private Builder() {}

    /** Partner Center's base URL including {@code /v1}; default {@value #DEFAULT_ENDPOINT}. */
    public Builder endpoint(String endpoint) {
      this.endpoint = endpoint;
      return this;
    }

    public Builder endpoint(URI endpoint) {
      return endpoint(endpoint == null ? null : endpoint.toString());
    }

    /** Microsoft Graph's base URL; default {@value #DEFAULT_GRAPH_ENDPOINT}. */
    public Builder graphEndpoint(String graphEndpoint) {
      this.graphEndpoint = graphEndpoint;
      return this;
    }

    public Builder graphEndpoint(URI graphEndpoint) {
      return graphEndpoint(graphEndpoint == null ? null : graphEndpoint.toString());
    }

    /** The price sheet API's base URL; default {@value #DEFAULT_PRICE_SHEET_ENDPOINT}. */
    public Builder priceSheetEndpoint(String priceSheetEndpoint) {
      this.priceSheetEndpoint = priceSheetEndpoint;
      return this;
    }

    public Builder priceSheetEndpoint(URI priceSheetEndpoint) {
      return priceSheetEndpoint(priceSheetEndpoint == null ? null : priceSheetEndpoint.toString());
    }

    /** Where tokens come from (see {@link io.cspsdk.core.auth.PartnerCredentials}); required. */
    public Builder credential(TokenCredential credential) {
      this.credential = credential;
      return this;
    }

    /** The clock for deadlines, token expiry, Retry-After dates and rate limiting; default UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** How the client waits (backoff, Retry-After, rate limit, polling); default {@link Sleeper#system()}. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    /** Retry policy; default {@link RetryOptions#defaults()}. */
    public Builder retryOptions(RetryOptions retryOptions) {
      this.retry = retryOptions;
      return this;
    }

    /** Requests per minute per tenant key (partner, partner+customer); default 500. */
    public Builder rateLimit(int requestsPerMinute) {
      this.rateLimitPerMinute = requestsPerMinute;
      return this;
    }

    /** Turns the client-side rate limiter off (Partner Center's 429s are still retried). */
    public Builder noRateLimit() {
      this.rateLimitDisabled = true;
      return this;
    }

    /** Time to establish a connection; default 10 s. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    /** Longest wait for response data per attempt; default 100 s. */
    public Builder responseTimeout(Duration responseTimeout) {
      this.responseTimeout = responseTimeout;
      return this;
    }

    /** Default overall deadline of a call including retries and waits; default 5 minutes. */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** Sent as {@code X-Locale}; default en-US. */
    public Builder locale(Locale locale) {
      this.locale = locale;
      return this;
    }

    /** Sent as {@code X-Locale}, e.g. {@code "en-US"}. */
    public Builder locale(String languageTag) {
      this.locale = languageTag == null ? null : Locale.forLanguageTag(languageTag);
      return this;
    }

    /** Sent as {@code MS-PartnerCenter-Application} when set. */
    public Builder applicationName(String applicationName) {
      this.applicationName = applicationName;
      return this;
    }

    /** The {@code MS-CorrelationId} of calls without their own; default a fresh GUID per call. */
    public Builder correlationId(String correlationId) {
      this.correlationId = correlationId;
      return this;
    }

    /** How long before expiry a cached token is refreshed; default 5 minutes. */
    public Builder tokenRefreshMargin(Duration margin) {
      this.tokenRefreshMargin = margin;
      return this;
    }

    /** Size of the connection pool; default 50. */
    public Builder maxConnections(int maxConnections) {
      this.maxConnections = maxConnections;
      return this;
    }

    /**
     * The most bytes of one answer the client holds in memory, counted after decompression: a JSON body, or one
     * line or record of a streamed download (export blobs, price sheets). A larger answer fails with a
     * {@link io.cspsdk.core.error.ResponseParseException} instead of exhausting memory. Default 64 MiB.
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * Adds a hook called before each attempt, after each response and on each retry (metrics, tracing, headers);
     * interceptors run in the order added.
     */
    public Builder addInterceptor(HttpInterceptor interceptor) {
      interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /**
     * Sends Partner Center, Graph and price-sheet traffic through this proxy. Token requests go through
     * {@code CredentialOptions.builder().proxy(...)}.
     */
    public Builder proxy(ProxyOptions proxy) {
      this.proxy = proxy;
      return this;
    }

    /**
     * Uses the JVM's proxy settings ({@code https.proxyHost}, {@code https.proxyPort}, {@code http.nonProxyHosts},
     * the default {@code ProxySelector} and {@code Authenticator}); conflicts with {@link #proxy(ProxyOptions)}.
     */
    public Builder useSystemProperties() {
      this.useSystemProperties = true;
      return this;
    }

    /** Validates the settings and creates the client. */
    public PartnerCenterClient build() {
      if (proxy != null && useSystemProperties) {
        throw new ValidationException("proxy", "conflicts with useSystemProperties(): set one of them");
      }
      Inputs.present("credential", credential);
      Inputs.present("clock", clock);
      Inputs.present("sleeper", sleeper);
      Inputs.present("retryOptions", retry);
      Inputs.present("locale", locale);
      if (rateLimitDisabled && rateLimitPerMinute != null) {
        throw new ValidationException("rateLimit", "conflicts with noRateLimit(): set one of them");
      }
      if (rateLimitPerMinute != null && rateLimitPerMinute < 1) {
        throw new ValidationException("rateLimit", "must be at least 1 request per minute, was " + rateLimitPerMinute);
      }
      positive(connectTimeout, "connectTimeout");
      positive(responseTimeout, "responseTimeout");
      positive(timeout, "timeout");
      Inputs.present("tokenRefreshMargin", tokenRefreshMargin);
      if (tokenRefreshMargin.isNegative()) {
        throw new ValidationException("tokenRefreshMargin", "must not be negative");
      }
      if (maxConnections < 1) {
        throw new ValidationException("maxConnections", "must be at least 1, was " + maxConnections);
      }
      if (maxResponseBytes < 1024 || maxResponseBytes > Integer.MAX_VALUE - 8) {
        throw new ValidationException("maxResponseBytes", "must be between 1 KiB and 2 GiB, was " + maxResponseBytes);
      }
      if (locale.toLanguageTag().equals("und")) {
        throw new ValidationException("locale", "must be a language tag such as en-US");
      }
      if (applicationName != null && applicationName.isBlank()) {
        throw new ValidationException("applicationName", "must not be blank when set");
      }
      if (correlationId != null && correlationId.isBlank()) {
        throw new ValidationException("correlationId", "must not be blank when set");
      }
      int rate = rateLimitDisabled ? 0 : rateLimitPerMinute == null ? 500 : rateLimitPerMinute;
      ClientSettings settings = new ClientSettings(
          baseUrl(endpoint, "endpoint"), baseUrl(graphEndpoint, "graphEndpoint"),
          baseUrl(priceSheetEndpoint, "priceSheetEndpoint"), credential, clock, sleeper, retry, rate,
          connectTimeout, responseTimeout, timeout, locale.toLanguageTag(), applicationName, correlationId,
          tokenRefreshMargin, maxConnections, maxResponseBytes, List.copyOf(interceptors), proxy,
          useSystemProperties);
      return new PartnerCenterClient(settings);
    }

    private static void positive(Duration d, String field) {
      Inputs.present(field, d);
      if (d.isNegative() || d.isZero()) {
        throw new ValidationException(field, "must be positive, was " + d);
      }
    }

    private static URI baseUrl(String value, String field) {
      Inputs.present(field, value);
      URI uri;
      try {
        uri = new URI(value.trim());
      } catch (URISyntaxException e) {
        throw new ValidationException(field, "must be an absolute http(s) URL, was '" + value + "'");
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
        throw new ValidationException(field, "must be an absolute http(s) URL, was '" + value + "'");
      }
      if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
        throw new ValidationException(field, "must not contain a query, fragment or user info");
      }
      String s = uri.toString();
      while (s.endsWith("/")) {
        s = s.substring(0, s.length() - 1);
      }
      return URI.create(s);
    }
  }
}
