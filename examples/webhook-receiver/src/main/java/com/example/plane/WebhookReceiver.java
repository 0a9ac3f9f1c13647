package com.example.plane;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.planesdk.webhooks.InvalidWebhookException;
import io.github.planesdk.webhooks.WebhookEvent;
import io.github.planesdk.webhooks.WebhookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Receives Plane webhooks on the JDK's own HTTP server: verifies each delivery against the
 * exact bytes received, answers at once (Plane only needs a 2xx) and handles the event on a
 * worker thread. A v2 event retried by Plane arrives again with the same {@code event_id}: it
 * is handled once.
 *
 * <pre>
 * PLANE_WEBHOOK_SECRET=plane_wh_... mvn -q compile exec:java -Dexec.args=8080
 * </pre>
 */
public final class WebhookReceiver implements AutoCloseable {
  private static final int MAX_BODY = 1 << 20;

  private final HttpServer server;
  private final WebhookVerifier verifier;
  private final ExecutorService workers = Executors.newSingleThreadExecutor();
  private final Consumer<WebhookEvent> handler;
  /** The last event ids seen, to drop Plane's retries of an event already handled. */
  private final Set<String> seen =
      Collections.synchronizedSet(
          Collections.newSetFromMap(
              new LinkedHashMap<String, Boolean>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                  return size() > 10_000;
                }
              }));

  public WebhookReceiver(int port, String secret, Consumer<WebhookEvent> handler)
      throws IOException {
    this.verifier = new WebhookVerifier(secret);
    this.handler = handler;
    this.server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext("/plane/webhook", this::receive);
    server.start();
  }

  /** The port the server listens on (useful with port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  private void receive(HttpExchange exchange) throws IOException {
    try {
      exchange.sendResponseHeaders(answer(exchange), -1);
    } finally {
      exchange.close();
    }
  }

  /** Reads, verifies and queues one delivery; answers the status to send back. */
  private int answer(HttpExchange exchange) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      return 405;
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY + 1); // the raw bytes: never re-serialize before verifying
    }
    if (body.length > MAX_BODY) {
      return 413;
    }
    WebhookEvent event;
    try {
      event = verifier.verify(body, exchange.getRequestHeaders()::getFirst);
    } catch (InvalidWebhookException e) {
      System.err.println("refused a webhook: " + e.getMessage());
      return 400;
    }
    if (event.eventId().map(seen::add).orElse(true)) { // false: a retry of a handled event
      workers.execute(() -> handler.accept(event));
    }
    return 204; // at once: the work runs on the worker
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdown();
  }

  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    String secret = System.getenv("PLANE_WEBHOOK_SECRET");
    if (secret == null || secret.isEmpty()) {
      System.err.println("set PLANE_WEBHOOK_SECRET to the webhook's secret (plane_wh_...)");
      System.exit(2);
    }
    WebhookReceiver receiver =
        new WebhookReceiver(
            port,
            secret,
            event -> {
              String what = event.entity() + " " + event.action();
              event.workItem().ifPresent(item -> System.out.println(what + ": " + item.getName()));
              if (event.workItem().isEmpty()) {
                System.out.println(what + " (" + event.event() + ")");
              }
            });
    System.out.println("listening on http://localhost:" + receiver.port() + "/plane/webhook");
  }
}
