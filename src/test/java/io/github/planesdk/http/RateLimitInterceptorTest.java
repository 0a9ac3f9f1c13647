package io.github.planesdk.http;

import static io.github.planesdk.Fixtures.RATE_LIMITED;
import static io.github.planesdk.Fixtures.USER;
import static io.github.planesdk.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.Fixtures;
import io.github.planesdk.PlaneClient;
import io.github.planesdk.errors.PlaneRateLimitException;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Proactive pacing: the client waits for the window to reset before it sends. */
class RateLimitInterceptorTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private PlaneClient plane;

  @BeforeEach
  void start() throws IOException {
    server.start();
    plane = Fixtures.client(server, time).build();
  }

  @AfterEach
  void stop() throws IOException {
    plane.close();
    server.shutdown();
  }

  private MockResponse user(int remaining, long resetIn) {
    return json(200, USER)
        .setHeader("X-RateLimit-Remaining", remaining)
        .setHeader("X-RateLimit-Reset", time.instant().getEpochSecond() + resetIn);
  }

  private void me() {
    plane.users().getCurrentUser().execute();
  }

  @Test
  void waitsForTheResetWhenTheBudgetIsSpent() {
    server.enqueue(user(0, 60));
    server.enqueue(user(59, 60));

    me();
    assertTrue(time.sleeps().isEmpty());
    me();

    // the reset second plus one, as the header is truncated to the second
    assertEquals(List.of(Duration.ofSeconds(61)), time.sleeps());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void spendsTheBudgetWithoutWaiting() {
    server.enqueue(user(2, 60));
    server.enqueue(user(1, 60));
    server.enqueue(user(0, 60));
    server.enqueue(user(59, 60));

    me();
    me();
    me();
    assertTrue(time.sleeps().isEmpty());
    me();

    assertEquals(1, time.sleeps().size());
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void measuresTheResetOnTheServerClock() {
    // the server's clock is 100 s behind ours; its Date header says so
    String serverDate =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            time.instant().minusSeconds(100).atOffset(ZoneOffset.UTC));
    server.enqueue(
        json(200, USER)
            .setHeader("Date", serverDate)
            .setHeader("X-RateLimit-Remaining", 0)
            .setHeader("X-RateLimit-Reset", time.instant().getEpochSecond() - 100 + 60));
    server.enqueue(user(59, 60));

    me();
    me();

    assertEquals(List.of(Duration.ofSeconds(61)), time.sleeps());
  }

  @Test
  void waitIsCappedByMaxRetryWait() throws IOException {
    plane.close();
    plane = Fixtures.client(server, time).maxRetryWait(Duration.ofSeconds(10)).build();
    server.enqueue(user(0, 3600));
    server.enqueue(user(59, 60));

    me();
    me();

    assertEquals(List.of(Duration.ofSeconds(10 + 1)), time.sleeps());
  }

  @Test
  void answersWithoutRateHeadersChangeNothing() {
    // stickies and invitations carry no X-RateLimit headers
    server.enqueue(json(200, USER));
    server.enqueue(json(200, USER));

    me();
    me();

    assertTrue(time.sleeps().isEmpty());
  }

  @Test
  void a429HoldsBackTheNextCallToo() throws IOException {
    plane.close();
    plane = Fixtures.client(server, time).maxRetries(0).build();
    server.enqueue(json(429, RATE_LIMITED).setHeader("Retry-After", "42"));
    server.enqueue(user(59, 60));

    assertThrows(PlaneRateLimitException.class, this::me);
    assertTrue(time.sleeps().isEmpty());
    me();

    assertEquals(List.of(Duration.ofSeconds(42)), time.sleeps());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aNewWindowForgetsTheOldBudget() {
    server.enqueue(user(0, 60));
    server.enqueue(user(59, 60));

    me();
    time.sleep(Duration.ofSeconds(120)); // the caller was busy elsewhere
    me();

    assertEquals(List.of(Duration.ofSeconds(120)), time.sleeps());
  }
}
