package io.github.planesdk.http;

import io.github.planesdk.Fixtures;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP/1.1 server with Plane's connection habits, which MockWebServer cannot imitate: it
 * closes a keep-alive connection idle longer than its timeout (as uvicorn does after 5 s), can
 * drop its idle connections at any moment (a worker restart), and throttles with a sliding
 * window and Plane's headers. It counts what it receives, per connection.
 */
final class KeepAliveServer implements Closeable {
  private static final long BUSY = Long.MIN_VALUE;
  /** How often an idle connection's thread looks for a drop or its keep-alive's end. */
  private static final int POLL_MILLIS = 20;
  private static final Pattern NAME = Pattern.compile("\"name\":\"([^\"]+)\"");

  private final ServerSocket socket;
  private final int keepAliveMillis;
  private final int limit;
  private final long windowMillis;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "keep-alive-server");
    t.setDaemon(true);
    return t;
  });
  /** Each open connection, and since when it has waited for a request ({@link #BUSY} while busy). */
  private final Map<Socket, Long> open = new ConcurrentHashMap<>();
  /** Idle connections to drop at their thread's next poll. */
  private final Set<Socket> toDrop = ConcurrentHashMap.newKeySet();
  private final Deque<Long> window = new ArrayDeque<>();

  final AtomicInteger connections = new AtomicInteger();
  final AtomicInteger idleCloses = new AtomicInteger();
  final AtomicInteger dropped = new AtomicInteger();
  final AtomicInteger gets = new AtomicInteger();
  final AtomicInteger throttled = new AtomicInteger();
  /** POSTs the server took in (answered 201), by the name in their body. */
  final Map<String, Integer> postsProcessed = new ConcurrentHashMap<>();

  /**
   * @param keepAliveMillis how long a connection may wait for its next request
   * @param limit requests per window; 0 for no throttle
   */
  KeepAliveServer(int keepAliveMillis, int limit, long windowMillis) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.keepAliveMillis = keepAliveMillis;
    this.limit = limit;
    this.windowMillis = windowMillis;
    threads.execute(this::accept);
  }

  String url() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/";
  }

  int openConnections() {
    return open.size();
  }

  /**
   * Drops every connection that has waited at least this long for a request. The connection's
   * own thread closes it, between two polls of its socket and only while no byte of a request
   * has arrived: a close from another thread could land after a request was read and before it
   * was seen, and fail a POST the server never looked at, which is not the race under test.
   */
  void dropIdleConnections(long idleAtLeastMillis) {
    long now = System.nanoTime();
    open.forEach(
        (s, since) -> {
          if (since != BUSY && now - since >= idleAtLeastMillis * 1_000_000) {
            toDrop.add(s);
          }
        });
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        connections.incrementAndGet();
        open.put(s, BUSY);
        threads.execute(() -> serve(s));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      InputStream in = new BufferedInputStream(s.getInputStream());
      OutputStream out = s.getOutputStream();
      while (true) {
        long idleSince = System.nanoTime();
        open.put(s, idleSince);
        s.setSoTimeout(POLL_MILLIS);
        int first;
        while (true) {
          try {
            first = in.read();
            break;
          } catch (SocketTimeoutException poll) {
            if (toDrop.remove(s) && s.getInputStream().available() == 0) {
              dropped.incrementAndGet();
              return;
            }
            if (System.nanoTime() - idleSince >= keepAliveMillis * 1_000_000L) {
              idleCloses.incrementAndGet();
              return;
            }
          }
        }
        if (first < 0) {
          return; // the client closed it
        }
        open.put(s, BUSY); // from the request's first byte on, not after its whole first line
        toDrop.remove(s); // a drop asked for while the request came in is void
        s.setSoTimeout(keepAliveMillis);
        String requestLine = String.valueOf((char) first) + line(in);
        int length = 0;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
          if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
            length = Integer.parseInt(header.substring(15).trim());
          }
        }
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        out.write(answer(requestLine.split(" ")[0], body));
        out.flush();
      }
    } catch (IOException broken) {
      // dropped, or the client went away
    } finally {
      open.remove(s);
    }
  }

  private byte[] answer(String method, String body) {
    long now = System.currentTimeMillis();
    int remaining = Integer.MAX_VALUE;
    if (limit > 0) {
      synchronized (window) {
        while (!window.isEmpty() && window.peekLast() <= now - windowMillis) {
          window.removeLast();
        }
        if (window.size() >= limit) {
          throttled.incrementAndGet();
          long wait = window.peekLast() + windowMillis - now;
          return response(429, Fixtures.RATE_LIMITED, "Retry-After: " + (wait + 999) / 1000, now);
        }
        window.addFirst(now);
        remaining = limit - window.size();
      }
    }
    String budget =
        limit > 0
            ? "X-RateLimit-Remaining: " + remaining + "\r\nX-RateLimit-Reset: " + (now + windowMillis) / 1000
            : null;
    if (method.equals("POST")) {
      Matcher m = NAME.matcher(body);
      String name = m.find() ? m.group(1) : "?";
      postsProcessed.merge(name, 1, Integer::sum);
      return response(201, Fixtures.project(UUID.randomUUID(), name), budget, now);
    }
    gets.incrementAndGet();
    return response(200, Fixtures.USER, budget, now);
  }

  private static byte[] response(int code, String json, String extraHeaders, long now) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 " + code + " X\r\nContent-Type: application/json\r\nContent-Length: " + body.length
            + "\r\nDate: "
            + DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochMilli(now).atOffset(ZoneOffset.UTC))
            + "\r\n" + (extraHeaders == null ? "" : extraHeaders + "\r\n") + "\r\n";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    bytes.writeBytes(body);
    return bytes.toByteArray();
  }

  /** One CRLF-terminated line, or null at the end of the stream. */
  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c == -1) {
        return line.length() == 0 ? null : line.toString();
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // closed either way
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
    open.keySet().forEach(KeepAliveServer::closeQuietly);
    threads.shutdownNow();
  }
}
