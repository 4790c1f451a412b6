package io.cspsdk.core.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A raw HTTP server on a loopback port for answers WireMock cannot shape: exact bytes (bogus gzip with a
 * {@code Content-Encoding} header), bodies cut mid-way, any header. Answers come from a handler; every request is
 * recorded (method, path with query, headers).
 */
public final class LoopbackServer implements AutoCloseable {
  /** A received request. Header names are lower case. */
  public record Received(String method, String uri, Map<String, String> headers) {}

  /** An answer; {@code cutAfter >= 0} announces the whole body but closes the connection after that many bytes. */
  public record Answer(int status, Map<String, String> headers, byte[] body, int cutAfter) {
    public static Answer of(int status, String body) {
      return new Answer(status, Map.of("Content-Type", "application/json"),
          body.getBytes(java.nio.charset.StandardCharsets.UTF_8), -1);
    }

    /** This answer with {@code status} instead of 200 (other statuses kept). */
    public Answer withStatusIfOk(int newStatus) {
      return status == 200 ? new Answer(newStatus, headers, body, cutAfter) : this;
    }

    public Answer header(String name, String value) {
      Map<String, String> h = new LinkedHashMap<>(headers);
      h.put(name, value);
      return new Answer(status, h, body, cutAfter);
    }
  }

  static {
    // answers are written in two pieces (headers, body): without TCP_NODELAY each exchange waits for delayed ACKs
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile Function<Received, Answer> handler = r -> Answer.of(404, "{}");

  public LoopbackServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/", this::serve);
    server.setExecutor(Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "loopback-server");
      t.setDaemon(true);
      return t;
    }));
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public void handle(Function<Received, Answer> handler) {
    this.handler = handler;
  }

  public List<Received> received() {
    return new ArrayList<>(received);
  }

  public void reset() {
    received.clear();
  }

  private void serve(HttpExchange exchange) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
    exchange.getRequestBody().readAllBytes();
    Received r = new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers);
    received.add(r);
    Answer a;
    try {
      a = handler.apply(r);
    } catch (RuntimeException e) {
      a = Answer.of(500, "{\"handler\":\"" + e.getClass().getSimpleName() + "\"}");
    }
    a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    boolean noBody = a.status() == 204 || a.status() == 304 || exchange.getRequestMethod().equals("HEAD");
    try {
      exchange.sendResponseHeaders(a.status(), noBody ? -1 : a.body().length == 0 ? -1 : a.body().length);
      if (!noBody && a.body().length > 0) {
        OutputStream out = exchange.getResponseBody();
        out.write(a.body(), 0, a.cutAfter() >= 0 ? Math.min(a.cutAfter(), a.body().length) : a.body().length);
        out.flush();
      }
    } catch (IOException clientGone) {
      // the client may stop reading early (size limits): nothing to do
    } finally {
      exchange.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
