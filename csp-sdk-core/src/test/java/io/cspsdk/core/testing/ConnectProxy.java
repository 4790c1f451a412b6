package io.cspsdk.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A loopback HTTP proxy that only tunnels (CONNECT), recording each tunnel's target. */
public final class ConnectProxy implements AutoCloseable {
  private final ServerSocket server;
  private final List<String> tunnels = new CopyOnWriteArrayList<>();

  public ConnectProxy() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptAll, "connect-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  /** The {@code host:port} of every CONNECT received. */
  public List<String> tunnels() {
    return tunnels;
  }

  private void acceptAll() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Thread t = new Thread(() -> tunnel(client), "connect-proxy-tunnel");
        t.setDaemon(true);
        t.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void tunnel(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      String requestLine = readHead(in);
      String[] parts = requestLine.split(" ");
      if (parts.length < 2 || !parts[0].equals("CONNECT")) {
        client.getOutputStream().write("HTTP/1.1 405 Method Not Allowed\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return;
      }
      tunnels.add(parts[1]);
      int colon = parts[1].lastIndexOf(':');
      try (Socket target = new Socket(parts[1].substring(0, colon), Integer.parseInt(parts[1].substring(colon + 1)))) {
        client.getOutputStream().write("HTTP/1.1 200 Connection Established\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII));
        Thread up = new Thread(() -> pipe(in, target), "connect-proxy-up");
        up.setDaemon(true);
        up.start();
        pipe(target.getInputStream(), client);
      }
    } catch (IOException ignored) {
      // a tunnel ends when either side closes
    }
  }

  /** Reads the request head; returns its first line. */
  private static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    int b;
    while ((b = in.read()) != -1) {
      head.append((char) b);
      if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
        break;
      }
    }
    int end = head.indexOf("\r\n");
    return end < 0 ? head.toString() : head.substring(0, end);
  }

  private static void pipe(InputStream from, Socket to) {
    try {
      OutputStream out = to.getOutputStream();
      from.transferTo(out);
      to.shutdownOutput();
    } catch (IOException ignored) {
      // closed
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
