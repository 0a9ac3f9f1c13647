package io.github.planesdk.bench;

import com.squareup.moshi.JsonAdapter;
import io.github.planesdk.PlaneClient;
import io.github.planesdk.json.PlaneJson;
import io.github.planesdk.model.WorkItem;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * 3. Rate-limit efficiency: threads sharing one client issue a fixed number of requests to a
 * server that throttles like Plane, scaled down from 60 a minute to {@code limit} per
 * {@code window} seconds.
 */
final class RateLimitBench {
  /** What one client achieved against the throttle. */
  static final class Result {
    final String client;
    final int limit;
    final int windowSeconds;
    final int requests;
    final int accepted;
    final double spanSeconds;
    final double wallSeconds;
    final int throttled;
    final int throttledAfterFirstWindow;
    final int callerExceptions;

    Result(
        String client,
        int limit,
        int windowSeconds,
        int requests,
        int accepted,
        double spanSeconds,
        double wallSeconds,
        int throttled,
        int throttledAfterFirstWindow,
        int callerExceptions) {
      this.client = client;
      this.limit = limit;
      this.windowSeconds = windowSeconds;
      this.requests = requests;
      this.accepted = accepted;
      this.spanSeconds = spanSeconds;
      this.wallSeconds = wallSeconds;
      this.throttled = throttled;
      this.throttledAfterFirstWindow = throttledAfterFirstWindow;
      this.callerExceptions = callerExceptions;
    }

    /** Requests the server allows per second. */
    double allowedPerSecond() {
      return (double) limit / windowSeconds;
    }

    /**
     * Requests per second after the first window: the first {@code limit} requests may go at
     * once, every later one has to wait for a slot, so a perfect client needs exactly
     * {@code (requests - limit) / allowed} seconds from the first request to the last.
     */
    double achievedPerSecond() {
      return (accepted - limit) / spanSeconds;
    }

    double efficiency() {
      return achievedPerSecond() / allowedPerSecond();
    }

    @Override
    public String toString() {
      return String.format(
          "%s: %d requests, %d per %d s, %d threads: %.3f/s of %.3f/s allowed (%.3f), span %.2f s,"
              + " wall %.2f s, 429s %d (after the first window %d), exceptions %d",
          client, requests, limit, windowSeconds, THREADS, achievedPerSecond(), allowedPerSecond(),
          efficiency(), spanSeconds, wallSeconds, throttled, throttledAfterFirstWindow, callerExceptions);
    }
  }

  static final int THREADS = 8;

  /**
   * DRF's {@code SimpleRateThrottle} as Plane configures it (plane/api/rate_limit.py): a sliding
   * window of the last {@code limit} accepted requests; {@code X-RateLimit-Remaining} counts
   * this request, {@code X-RateLimit-Reset} is {@code int(now + window)}; a 429 carries only
   * {@code Retry-After}, the seconds until the oldest request leaves the window, rounded up.
   */
  static final class PlaneThrottle implements LoopbackServer.Handler {
    private static final byte[] RATE_LIMITED =
        "{\"error_code\":5900,\"error_message\":\"RATE_LIMIT_EXCEEDED\"}".getBytes();

    private final int limit;
    private final int windowSeconds;
    private final long windowNanos;
    private final byte[] body;
    private final Deque<Long> history = new ArrayDeque<>();
    final List<Long> accepted = new ArrayList<>();
    final List<Long> throttled = new ArrayList<>();

    PlaneThrottle(int limit, int windowSeconds, byte[] body) {
      this.limit = limit;
      this.windowSeconds = windowSeconds;
      this.windowNanos = TimeUnit.SECONDS.toNanos(windowSeconds);
      this.body = body;
    }

    @Override
    public void handle(LoopbackServer.Exchange exchange) {
      long now = System.nanoTime();
      long wallMillis = System.currentTimeMillis();
      int remaining;
      synchronized (this) {
        while (!history.isEmpty() && history.peekLast() <= now - windowNanos) {
          history.removeLast();
        }
        if (history.size() >= limit) {
          throttled.add(now);
          long wait = history.peekLast() + windowNanos - now;
          exchange.status = 429;
          exchange.header("Retry-After", (wait + 999_999_999L) / 1_000_000_000L);
          exchange.body.write(RATE_LIMITED);
          return;
        }
        history.addFirst(now);
        accepted.add(now);
        remaining = limit - history.size();
      }
      exchange.header("X-RateLimit-Remaining", remaining);
      exchange.header("X-RateLimit-Reset", (wallMillis + windowSeconds * 1000L) / 1000);
      exchange.body.write(body);
    }
  }

  /** One request as a caller makes it. */
  @FunctionalInterface
  interface Caller {
    void call() throws Exception;
  }

  private final int limit;
  private final int windowSeconds;
  private final int requests;

  RateLimitBench(int limit, int windowSeconds, int requests) {
    this.limit = limit;
    this.windowSeconds = windowSeconds;
    this.requests = requests;
  }

  /** The SDK with its defaults: one client shared by every thread. */
  Result sdk() throws Exception {
    return run("SDK (PlaneClient, defaults)", baseUrl -> {
      PlaneClient plane = PlaneClient.builder().apiKey(Payloads.API_KEY).baseUrl(baseUrl).build();
      return new Client(
          () -> plane.workItems()
              .getWorkItem(Payloads.SLUG, Payloads.PROJECT_ID, Payloads.WORK_ITEM_ID)
              .execute(),
          plane::close);
    });
  }

  /**
   * The baseline: raw OkHttp that ignores the budget headers and, on a 429, sleeps its
   * {@code Retry-After} and tries again (at most 20 times).
   */
  Result naive() throws Exception {
    return run("raw OkHttp, retry after 429", baseUrl -> {
      OkHttpClient http = new OkHttpClient();
      JsonAdapter<WorkItem> adapter = PlaneJson.moshi().adapter(WorkItem.class);
      HttpUrl url =
          HttpUrl.get(baseUrl).newBuilder()
              .addPathSegments(Payloads.WORK_ITEMS_PATH.substring(1) + Payloads.WORK_ITEM_ID + "/")
              .build();
      Request request = new Request.Builder().url(url).header("X-API-Key", Payloads.API_KEY).build();
      return new Client(
          () -> {
            for (int attempt = 0; ; attempt++) {
              try (Response response = http.newCall(request).execute()) {
                if (response.code() == 429 && attempt < 20) {
                  Thread.sleep(1000L * Long.parseLong(response.header("Retry-After", "1")));
                  continue;
                }
                if (!response.isSuccessful()) {
                  throw new IOException("HTTP " + response.code());
                }
                adapter.fromJson(response.body().source());
                return;
              }
            }
          },
          () -> {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
          });
    });
  }

  private static final class Client {
    final Caller caller;
    final Runnable close;

    Client(Caller caller, Runnable close) {
      this.caller = caller;
      this.close = close;
    }
  }

  @FunctionalInterface
  private interface ClientFactory {
    Client create(String baseUrl);
  }

  private Result run(String name, ClientFactory factory) throws Exception {
    PlaneThrottle throttle = new PlaneThrottle(limit, windowSeconds, new Payloads().workItem);
    AtomicInteger tickets = new AtomicInteger(requests);
    AtomicInteger exceptions = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long wallStart;
    long wallEnd;
    try (LoopbackServer server = new LoopbackServer(Payloads.API_KEY, true, throttle)) {
      Client client = factory.create(server.url());
      try {
        List<Future<?>> done = new ArrayList<>();
        wallStart = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
          done.add(
              pool.submit(
                  () -> {
                    while (tickets.getAndDecrement() > 0) {
                      try {
                        client.caller.call();
                      } catch (Exception e) {
                        exceptions.incrementAndGet();
                        System.err.println(name + ": " + e);
                      }
                    }
                  }));
        }
        for (Future<?> f : done) {
          f.get();
        }
        wallEnd = System.nanoTime();
      } finally {
        client.close.run();
      }
    } finally {
      pool.shutdown();
    }
    List<Long> accepted = throttle.accepted;
    long first = accepted.get(0);
    if (Boolean.getBoolean("bench.debug")) {
      StringBuilder times = new StringBuilder(name + " accepted at (ms):");
      accepted.forEach(t -> times.append(' ').append((t - first) / 1_000_000));
      System.out.println(times);
    }
    long last = accepted.get(accepted.size() - 1);
    long firstWindowEnd = first + TimeUnit.SECONDS.toNanos(windowSeconds);
    int lateThrottles = (int) throttle.throttled.stream().filter(t -> t > firstWindowEnd).count();
    return new Result(
        name,
        limit,
        windowSeconds,
        requests,
        accepted.size(),
        (last - first) / 1e9,
        (wallEnd - wallStart) / 1e9,
        throttle.throttled.size(),
        lateThrottles,
        exceptions.get());
  }
}
