package io.github.planesdk.http;

import static io.github.planesdk.Fixtures.SLUG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.Fixtures;
import io.github.planesdk.PlaneClient;
import io.github.planesdk.model.ProjectCreate;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Four threads share one client against a server that throttles like Plane (a sliding window
 * per key, here 20 requests per 2 s, with Plane's headers). Real time, short window.
 */
class SharedRateLimitTest {
  private static final int LIMIT = 20;
  private static final long WINDOW_MILLIS = 2_000;
  private static final Pattern NAME = Pattern.compile("\"name\":\"([^\"]+)\"");

  /** DRF's SimpleRateThrottle, as Plane configures it. */
  private static final class PlaneThrottle extends Dispatcher {
    final Deque<Long> history = new ArrayDeque<>();
    final AtomicInteger throttled = new AtomicInteger();
    final Map<String, Integer> postsProcessed = new ConcurrentHashMap<>();
    final Map<String, Integer> postsReceived = new ConcurrentHashMap<>();

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String name = null;
      if ("POST".equals(request.getMethod())) {
        Matcher m = NAME.matcher(request.getBody().readUtf8());
        name = m.find() ? m.group(1) : "?";
        postsReceived.merge(name, 1, Integer::sum);
      }
      long now = System.currentTimeMillis();
      int remaining;
      synchronized (this) {
        while (!history.isEmpty() && history.peekLast() <= now - WINDOW_MILLIS) {
          history.removeLast();
        }
        if (history.size() >= LIMIT) {
          throttled.incrementAndGet();
          long wait = history.peekLast() + WINDOW_MILLIS - now;
          return Fixtures.json(429, Fixtures.RATE_LIMITED)
              .setHeader("Retry-After", (wait + 999) / 1000);
        }
        history.addFirst(now);
        remaining = LIMIT - history.size();
      }
      MockResponse response;
      if (name != null) {
        postsProcessed.merge(name, 1, Integer::sum);
        response = Fixtures.json(201, Fixtures.project(UUID.randomUUID(), name));
      } else {
        response = Fixtures.json(200, Fixtures.USER);
      }
      return response
          .setHeader("X-RateLimit-Remaining", remaining)
          .setHeader("X-RateLimit-Reset", (now + WINDOW_MILLIS) / 1000);
    }
  }

  @Test
  void fourThreadsStayWithinTheBudgetWithoutErrorsOrDuplicatePosts() throws Exception {
    PlaneThrottle throttle = new PlaneThrottle();
    MockWebServer server = new MockWebServer();
    server.setDispatcher(throttle);
    server.start();
    int threads = 4;
    int callsPerThread = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (PlaneClient plane =
        PlaneClient.builder().apiKey(Fixtures.API_KEY).baseUrl(server.url("/").toString()).build()) {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < callsPerThread; i++) {
                    if (i % 2 == 0) {
                      plane.users().getCurrentUser().execute();
                    } else {
                      String name = "t" + thread + " " + i; // no "-": the server refuses it in a project name
                      plane.projects().createProject(SLUG, new ProjectCreate().name(name).identifier("X")).execute();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get(); // rethrows anything that reached a caller
      }
    } finally {
      pool.shutdown();
      server.shutdown();
    }

    int posts = threads * callsPerThread / 2;
    assertEquals(posts, throttle.postsProcessed.size());
    assertTrue(throttle.postsProcessed.values().stream().allMatch(n -> n == 1), "a POST processed twice");
    assertTrue(throttle.postsReceived.values().stream().allMatch(n -> n == 1), "a POST sent twice");
    assertEquals(0, throttle.throttled.get(), "the client collected 429s instead of pacing");
    assertEquals(threads * callsPerThread, server.getRequestCount());
  }
}
