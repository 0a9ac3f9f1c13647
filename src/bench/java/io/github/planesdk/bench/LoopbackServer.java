package io.github.planesdk.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 for the benches: keep-alive, one thread per
 * connection, answers written in one piece. It does far less per request than MockWebServer
 * (no recording, no queue), so the figures show the client rather than the server.
 */
final class LoopbackServer implements Closeable {
  /** Answers one request by filling in the exchange. */
  @FunctionalInterface
  interface Handler {
    void handle(Exchange exchange) throws IOException;
  }

  /** One request and the answer being built for it. */
  static final class Exchange {
    final String method;
    final String path;
    final Map<String, String> query;
    final Map<String, String> headers;
    int status = 200;
    final List<String> responseHeaders = new ArrayList<>();
    final Body body;

    Exchange(String method, String path, Map<String, String> query, Map<String, String> headers, Body body) {
      this.method = method;
      this.path = path;
      this.query = query;
      this.headers = headers;
      this.body = body;
    }

    Exchange header(String name, Object value) {
      responseHeaders.add(name + ": " + value);
      return this;
    }
  }

  /** A reusable byte buffer, one per connection. */
  static final class Body extends ByteArrayOutputStream {
    Body() {
      super(128 * 1024);
    }

    @Override
    public void write(byte[] b) {
      write(b, 0, b.length);
    }

    void writeAscii(String s) {
      write(s.getBytes(StandardCharsets.ISO_8859_1));
    }
  }

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  private final ServerSocket serverSocket;
  private final Handler handler;
  private final String apiKey;
  private final boolean sendDate;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private volatile long dateSecond = -1;
  private volatile String dateHeader;

  /**
   * @param apiKey the {@code X-API-Key} every request must carry (401 otherwise)
   * @param sendDate whether answers carry a {@code Date} header, as Plane's do
   */
  LoopbackServer(String apiKey, boolean sendDate, Handler handler) throws IOException {
    this.apiKey = apiKey;
    this.sendDate = sendDate;
    this.handler = handler;
    this.serverSocket = new ServerSocket(0, 64, InetAddress.getByName("127.0.0.1"));
    Thread acceptor = new Thread(this::acceptLoop, "loopback-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The base URL, ending in a slash. */
  String url() {
    return "http://127.0.0.1:" + serverSocket.getLocalPort() + "/";
  }

  private void acceptLoop() {
    while (!serverSocket.isClosed()) {
      try {
        Socket socket = serverSocket.accept();
        socket.setTcpNoDelay(true);
        connections.add(socket);
        Thread t = new Thread(() -> serve(socket), "loopback-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        if (!serverSocket.isClosed()) {
          e.printStackTrace();
        }
      }
    }
  }

  private void serve(Socket socket) {
    Body body = new Body();
    try (socket;
        InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 256 * 1024)) {
      while (true) {
        String requestLine = readLine(in);
        if (requestLine == null) {
          return;
        }
        Map<String, String> headers = new HashMap<>();
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
          int colon = line.indexOf(':');
          if (colon > 0) {
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
          }
        }
        String length = headers.get("content-length");
        if (length != null) {
          in.skipNBytes(Long.parseLong(length));
        }
        String[] parts = requestLine.split(" ", 3);
        String target = parts[1];
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        Map<String, String> query = q < 0 ? Map.of() : parseQuery(target.substring(q + 1));
        body.reset();
        Exchange exchange = new Exchange(parts[0], path, query, headers, body);
        if (!apiKey.equals(headers.get("x-api-key"))) {
          exchange.status = 401;
          body.writeAscii("{\"detail\":\"Authentication credentials were not provided.\"}");
        } else {
          handler.handle(exchange);
        }
        writeResponse(out, exchange);
        if ("close".equalsIgnoreCase(headers.get("connection"))) {
          return;
        }
      }
    } catch (SocketException closed) {
      // the client or close() hung up
    } catch (IOException e) {
      e.printStackTrace();
    } finally {
      connections.remove(socket);
    }
  }

  private void writeResponse(OutputStream out, Exchange exchange) throws IOException {
    StringBuilder head = new StringBuilder(256);
    head.append("HTTP/1.1 ").append(exchange.status).append(' ').append(reason(exchange.status)).append("\r\n");
    head.append("Content-Type: application/json\r\n");
    head.append("Content-Length: ").append(exchange.body.size()).append("\r\n");
    if (sendDate) {
      head.append("Date: ").append(date()).append("\r\n");
    }
    for (String h : exchange.responseHeaders) {
      head.append(h).append("\r\n");
    }
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    exchange.body.writeTo(out);
    out.flush();
  }

  private String date() {
    long now = System.currentTimeMillis() / 1000;
    if (now != dateSecond) {
      dateHeader = HTTP_DATE.format(Instant.ofEpochSecond(now));
      dateSecond = now;
    }
    return dateHeader;
  }

  private static String reason(int status) {
    switch (status) {
      case 200:
        return "OK";
      case 401:
        return "Unauthorized";
      case 404:
        return "Not Found";
      case 429:
        return "Too Many Requests";
      default:
        return "Status";
    }
  }

  private static Map<String, String> parseQuery(String query) {
    Map<String, String> result = new HashMap<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        result.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return result;
  }

  /** One CRLF-terminated line, or {@code null} at the end of the stream. */
  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder(64);
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        int len = line.length();
        if (len > 0 && line.charAt(len - 1) == '\r') {
          line.setLength(len - 1);
        }
        return line.toString();
      }
      line.append((char) c);
    }
    return line.length() == 0 ? null : line.toString();
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
    for (Socket s : connections) {
      s.close();
    }
  }
}
