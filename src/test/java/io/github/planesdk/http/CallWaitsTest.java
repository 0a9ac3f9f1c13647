package io.github.planesdk.http;

import static io.github.planesdk.Fixtures.RATE_LIMITED;
import static io.github.planesdk.Fixtures.SLUG;
import static io.github.planesdk.Fixtures.USER;
import static io.github.planesdk.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.Fixtures;
import io.github.planesdk.PlaneCall;
import io.github.planesdk.PlaneClient;
import io.github.planesdk.errors.PlaneApiException;
import io.github.planesdk.errors.PlaneCanceledException;
import io.github.planesdk.errors.PlaneRateLimitException;
import io.github.planesdk.errors.PlaneTimeoutException;
import io.github.planesdk.model.ProjectCreate;
import io.github.planesdk.model.UserLite;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import io.github.planesdk.MockWebServers;

/**
 * No layer sends a POST twice, and every wait the SDK adds ends with the call's time or its
 * cancel.
 */
@ExtendWith(MockWebServers.class)
class CallWaitsTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();

  private static PlaneCall<?> createProject(PlaneClient plane) {
    return plane.projects().createProject(SLUG, new ProjectCreate().name("P").identifier("P"));
  }

  /** A budget spent for the next {@code seconds}: Plane's headers on a success. */
  private static MockResponse budgetSpent(java.time.Instant now, long seconds) {
    return json(200, USER)
        .setHeader("X-RateLimit-Remaining", "0")
        .setHeader("X-RateLimit-Reset", Long.toString(now.getEpochSecond() + seconds));
  }

  /**
   * OkHttp follows these up by itself, the body unmarked: a 408 with its own retry on, a redirect
   * when it follows them.
   */
  @ParameterizedTest
  @CsvSource({
    "503, Retry-After, 0", "408, X-None, -", "307, Location, /elsewhere/", "308, Location, /elsewhere/"
  })
  void okHttpsFollowUpsDoNotResendAPost(int status, String header, String value) {
    server.enqueue(json(status, "{\"error\":\"try again\"}").setHeader(header, value));
    server.enqueue(json(201, Fixtures.project(Fixtures.PROJECT_ID, "P")));
    try (PlaneClient plane = Fixtures.client(server, time).build()) {
      PlaneApiException e = assertThrows(PlaneApiException.class, () -> createProject(plane).execute());

      assertEquals(status, e.statusCode());
      assertEquals(1, server.getRequestCount());
    }
  }

  /** The one repeat the README owns up to: OkHttp's own, of a GET, which is safe to repeat. */
  @Test
  void okHttpRepeatsAGetAnswered503WithRetryAfterZeroEvenWithoutRetries() {
    server.enqueue(json(503, "{\"error\":\"try again\"}").setHeader("Retry-After", "0"));
    server.enqueue(json(200, USER));
    try (PlaneClient plane = Fixtures.client(server, time).maxRetries(0).build()) {
      assertEquals("sdk-tester", plane.users().getCurrentUser().execute().getDisplayName());

      assertEquals(2, server.getRequestCount());
      assertEquals(List.of(), time.sleeps());
    }
  }

  @Test
  void aRetryAfterLongerThanTheCallTimeoutIsNotWaitedFor() {
    server.enqueue(json(429, RATE_LIMITED).setHeader("Retry-After", "5"));
    server.enqueue(json(200, USER));
    try (PlaneClient plane = Fixtures.client(server, time).callTimeout(Duration.ofSeconds(1)).build()) {
      PlaneRateLimitException e =
          assertThrows(PlaneRateLimitException.class, () -> plane.users().getCurrentUser().execute());

      assertEquals(Duration.ofSeconds(5), e.retryAfter().orElseThrow());
      assertEquals(1, server.getRequestCount());
      assertEquals(List.of(), time.sleeps());
    }
  }

  @Test
  void aPacingWaitLongerThanTheCallTimeoutFailsUnsent() {
    server.enqueue(budgetSpent(time.instant(), 60));
    server.enqueue(json(200, USER));
    try (PlaneClient plane = Fixtures.client(server, time).callTimeout(Duration.ofSeconds(2)).build()) {
      plane.users().getCurrentUser().execute();

      PlaneTimeoutException e =
          assertThrows(PlaneTimeoutException.class, () -> plane.users().getCurrentUser().execute());

      assertTrue(e.getMessage().startsWith("GET /api/v1/users/me/ failed: timeout"), e.getMessage());
      assertEquals(1, server.getRequestCount());
      assertEquals(List.of(), time.sleeps());
    }
  }

  @Test
  void cancelWakesACallWaitingForTheRateLimit() throws Exception {
    server.enqueue(budgetSpent(java.time.Instant.now(), 60));
    server.enqueue(json(200, USER));
    // real time: the second call would wait a minute for the window
    try (PlaneClient plane = PlaneClient.builder().apiKey(Fixtures.API_KEY).baseUrl(server.url("/").toString()).build()) {
      plane.users().getCurrentUser().execute();
      PlaneCall<UserLite> waiting = plane.users().getCurrentUser();
      CompletableFuture<UserLite> run = CompletableFuture.supplyAsync(waiting::execute);
      while (!run.isDone() && !waitingThreadParked()) {
        Thread.sleep(10);
      }

      waiting.cancel();

      ExecutionException e = assertThrows(ExecutionException.class, () -> run.get(10, TimeUnit.SECONDS));
      assertInstanceOf(PlaneCanceledException.class, e.getCause());
      assertEquals("GET /api/v1/users/me/ canceled", e.getCause().getMessage());
      assertTrue(waiting.isCanceled());
      assertEquals(1, server.getRequestCount());
      assertThrows(PlaneCanceledException.class, waiting::execute); // cancelled for good
      assertEquals(1, server.getRequestCount());
    }
  }

  @Test
  void cancellingAnAsyncCallWakesItsRetryAfterWait() throws Exception {
    server.enqueue(json(429, RATE_LIMITED).setHeader("Retry-After", "30"));
    server.enqueue(json(200, USER));
    // real time: the run would wait 30 s on a dispatcher thread before trying again
    try (PlaneClient plane = PlaneClient.builder().apiKey(Fixtures.API_KEY).baseUrl(server.url("/").toString()).build()) {
      CompletableFuture<UserLite> run = plane.users().getCurrentUser().executeAsync();
      // the 429 must have gone out first: a thread parked in another test is not this run
      while (!run.isDone() && !(server.getRequestCount() == 1 && waitingThreadParked())) {
        Thread.sleep(10);
      }

      assertTrue(run.cancel(true));

      okhttp3.Dispatcher dispatcher = plane.httpClient().dispatcher();
      for (int i = 0; i < 100 && dispatcher.runningCallsCount() > 0; i++) {
        Thread.sleep(50);
      }
      assertEquals(0, dispatcher.runningCallsCount(), "the run is still waiting");
      assertEquals(1, server.getRequestCount());
    }
  }

  /** Whether a thread sits in the SDK's wait (so the cancel does not land before it). */
  private static boolean waitingThreadParked() {
    return Thread.getAllStackTraces().entrySet().stream()
        .anyMatch(
            t ->
                t.getKey().getState() == Thread.State.TIMED_WAITING
                    && List.of(t.getValue()).stream()
                        .anyMatch(f -> f.getClassName().endsWith("CallControl")));
  }

  @Test
  void closeLeavesTheCallersClientUsable() throws IOException {
    okhttp3.OkHttpClient own = new okhttp3.OkHttpClient();
    server.enqueue(json(200, USER));
    server.enqueue(json(200, USER));
    try (PlaneClient plane = Fixtures.client(server, time).httpClient(own).build()) {
      plane.users().getCurrentUser().execute();
    }

    try (okhttp3.Response response =
        own.newCall(new okhttp3.Request.Builder().url(server.url("/")).build()).execute()) {
      assertEquals(200, response.code());
    }
    assertFalse(own.dispatcher().executorService().isShutdown());
  }
}
