package io.cspsdk.core.http;

import io.cspsdk.core.error.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP proxy for the client's traffic (Partner Center, Graph, price sheets) and, given to
 * {@code CredentialOptions}, for token requests to Microsoft Entra ID. Immutable; the password never appears in
 * {@link #toString()}.
 */
public final class ProxyOptions {
  private final String host;
  private final int port;
  private final String username;
  private final String password;

  private ProxyOptions(String host, int port, String username, String password) {
    this.host = host;
    this.port = port;
    this.username = username;
    this.password = password;
  }

  /** A proxy spoken to in plain HTTP (HTTPS targets are tunnelled with CONNECT). */
  public static ProxyOptions http(String host, int port) {
    if (host == null || host.isBlank()) {
      throw new ValidationException("proxy.host", "is required");
    }
    if (port < 1 || port > 65535) {
      throw new ValidationException("proxy.port", "must be between 1 and 65535, was " + port);
    }
    return new ProxyOptions(host, port, null, null);
  }

  /** The same proxy with Basic credentials. */
  public ProxyOptions withCredentials(String username, String password) {
    if (username == null || username.isBlank()) {
      throw new ValidationException("proxy.username", "is required");
    }
    Objects.requireNonNull(password, "password");
    return new ProxyOptions(host, port, username, password);
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public Optional<String> username() {
    return Optional.ofNullable(username);
  }

  /** The proxy password, when credentials were given. */
  public Optional<String> password() {
    return Optional.ofNullable(password);
  }

  @Override
  public String toString() {
    return "ProxyOptions{" + host + ":" + port + (username == null ? "" : ", username=" + username + ", password=****")
        + "}";
  }
}
