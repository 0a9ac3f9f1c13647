package io.github.planesdk;

import static io.github.planesdk.Fixtures.API_KEY;
import static io.github.planesdk.Fixtures.RATE_LIMITED;
import static io.github.planesdk.Fixtures.SLUG;
import static io.github.planesdk.Fixtures.USER;
import static io.github.planesdk.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.errors.PlaneCanceledException;
import io.github.planesdk.errors.PlaneRateLimitException;
import io.github.planesdk.errors.PlaneServerException;
import io.github.planesdk.errors.PlaneTimeoutException;
import io.github.planesdk.http.FakeTime;
import io.github.planesdk.model.UserLite;
import io.github.planesdk.request.RequestOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link RequestOptions} change one call, on the wire and in the SDK's retries and waits, and no other. */
@ExtendWith(MockWebServers.class)
class RequestOptionsCallTest {
  private static final RequestOptions NO_RETRIES = RequestOptions.builder().maxRetries(0).build();
  /** Real time, unlike the fake clock's: OkHttp's own watchdog ends a call that hears nothing. */
  private static final RequestOptions QUICK =
      RequestOptions.builder().timeout(Duration.ofMillis(300)).build();

  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private PlaneClient plane; // the client's defaults: 2 retries, no call timeout

  @BeforeEach
  void start() {
    plane = Fixtures.client(server, time).build();
  }

  @AfterEach
  void stop() {
    plane.close();
  }

  private static MockResponse unavailable() {
    return json(503, "{\"error\":\"unavailable\"}");
  }

  private static MockResponse neverAnswered() {
    return new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
  }

  @Test
  void theTimeoutEndsACallTheServerDoesNotAnswerThoughTheClientHasNone() {
    server.enqueue(neverAnswered());

    PlaneTimeoutException e =
        assertThrows(
            PlaneTimeoutException.class,
            () -> plane.users().getCurrentUser().withOptions(QUICK).execute());

    assertTrue(e.getMessage().startsWith("GET /api/v1/users/me/ failed: timeout"), e.getMessage());
  }

  @Test
  void theTimeoutBoundsTheSdksOwnWaits() {
    server.enqueue(json(429, RATE_LIMITED).setHeader("Retry-After", "5"));
    server.enqueue(json(200, USER));
    RequestOptions oneSecond = RequestOptions.builder().timeout(Duration.ofSeconds(1)).build();

    PlaneRateLimitException e =
        assertThrows(
            PlaneRateLimitException.class,
            () -> plane.users().getCurrentUser().withOptions(oneSecond).execute());

    // without the option the client would wait the 5 s and try again
    assertEquals(Duration.ofSeconds(5), e.retryAfter().orElseThrow());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void theTimeoutBoundsAPacingWaitToo() {
    server.enqueue(
        json(200, USER)
            .setHeader("X-RateLimit-Remaining", "0")
            .setHeader("X-RateLimit-Reset", time.instant().getEpochSecond() + 60));
    server.enqueue(json(200, USER));
    RequestOptions twoSeconds = RequestOptions.builder().timeout(Duration.ofSeconds(2)).build();
    plane.users().getCurrentUser().execute(); // spends the budget for a minute

    PlaneTimeoutException e =
        assertThrows(
            PlaneTimeoutException.class,
            () -> plane.users().getCurrentUser().withOptions(twoSeconds).execute());

    assertTrue(e.getMessage().startsWith("GET /api/v1/users/me/ failed: timeout"), e.getMessage());
    assertEquals(1, server.getRequestCount()); // not sent
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void noRetriesFailsAt503AtOnceWhereTheClientRetries() {
    server.enqueue(unavailable());
    server.enqueue(unavailable());
    server.enqueue(json(200, USER));

    PlaneServerException e =
        assertThrows(
            PlaneServerException.class,
            () -> plane.users().getCurrentUser().withOptions(NO_RETRIES).execute());

    assertEquals(503, e.statusCode());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), time.sleeps());

    // the next call on the same client has the client's retries again
    assertEquals("sdk-tester", plane.users().getCurrentUser().execute().getDisplayName());
    assertEquals(3, server.getRequestCount());
    assertEquals(1, time.sleeps().size());
  }

  @Test
  void moreRetriesThanTheClientAllows() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(unavailable());
    }
    server.enqueue(json(200, USER));
    try (PlaneClient oneRetry = Fixtures.client(server, time).maxRetries(1).build()) {
      RequestOptions three = RequestOptions.builder().maxRetries(3).build();

      UserLite me = oneRetry.users().getCurrentUser().withOptions(three).execute();

      assertEquals("sdk-tester", me.getDisplayName());
      assertEquals(4, server.getRequestCount());
      assertEquals(3, time.sleeps().size());
    }
  }

  @Test
  void retriesStillNeverResendAPost() {
    server.enqueue(unavailable());
    server.enqueue(json(201, Fixtures.project(Fixtures.PROJECT_ID, "P")));
    RequestOptions three = RequestOptions.builder().maxRetries(3).build();

    assertThrows(
        PlaneServerException.class,
        () -> plane.projects()
            .createProject(SLUG, new io.github.planesdk.model.ProjectCreate().name("P").identifier("P"))
            .withOptions(three)
            .execute());

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void headersGoOnTheWireBesideTheClientsKey() throws InterruptedException {
    server.enqueue(json(200, Fixtures.projectPage(10, 0, false, List.of(UUID.randomUUID()))));
    RequestOptions traced =
        RequestOptions.builder()
            .header("X-Request-Id", "req-1")
            .header("X-Tag", "a")
            .header("X-Tag", "b")
            .build();

    // the request object's overload: execute(options)
    plane.projects().listProjects(SLUG).perPage(10).execute(traced);

    RecordedRequest sent = server.takeRequest();
    assertEquals("/api/v1/workspaces/sdk-test/projects/?per_page=10", sent.getPath());
    assertEquals("req-1", sent.getHeader("X-Request-Id"));
    assertEquals(List.of("a", "b"), sent.getHeaders().values("X-Tag"));
    assertEquals(List.of(API_KEY), sent.getHeaders().values("X-API-Key"));
  }

  @Test
  void autoPagersGiveTheOptionsToEveryPage() throws InterruptedException {
    RequestOptions traced = RequestOptions.builder().header("X-Request-Id", "walk-1").build();
    server.enqueue(json(200, Fixtures.projectPage(2, 0, true, List.of(UUID.randomUUID(), UUID.randomUUID()))));
    server.enqueue(json(200, Fixtures.projectPage(2, 1, false, List.of(UUID.randomUUID()))));
    server.enqueue(V2Fixtures.cursorPage(List.of(UUID.randomUUID()), "b3A9MQ"));
    server.enqueue(V2Fixtures.cursorPage(List.of(UUID.randomUUID()), null));

    assertEquals(3, plane.projects().listProjects(SLUG).perPage(2).autoPager(traced).stream().count());
    assertEquals(2, plane.v2().workItems().listWorkItems(SLUG, "ENG").autoPager(traced).stream().count());

    for (int page = 0; page < 4; page++) {
      assertEquals("walk-1", server.takeRequest().getHeader("X-Request-Id"), "page " + page);
    }
    // null options fail when the walk is made, before the first page
    assertThrows(IllegalArgumentException.class, () -> plane.projects().listProjects(SLUG).autoPager(null));
    assertThrows(IllegalArgumentException.class, () -> plane.v2().workItems().listWorkItems(SLUG, "ENG").pager(null));
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void theCredentialCannotBeSetPerCall() throws InterruptedException {
    for (String header : List.of("X-API-Key", "x-api-key", "Authorization", "AUTHORIZATION")) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> RequestOptions.builder().header(header, "someone-else"));
      assertTrue(e.getMessage().startsWith(header + " is set by the client"), e.getMessage());
    }
    // and the header a call goes out with is the client's, with or without options
    server.enqueue(json(200, USER));
    plane.users().getCurrentUser().withOptions(RequestOptions.builder().header("X-Trace", "t").build()).execute();
    RecordedRequest sent = server.takeRequest();
    assertEquals(List.of(API_KEY), sent.getHeaders().values("X-API-Key"));
    assertNull(sent.getHeader("Authorization"));
  }

  @Test
  void withOptionsAnswersANewCallAndLeavesTheOriginalAsItWas() throws InterruptedException {
    PlaneCall<UserLite> call = plane.users().getCurrentUser();
    RequestOptions traced = RequestOptions.builder().header("X-Request-Id", "req-2").build();

    PlaneCall<UserLite> tracedCall = call.withOptions(traced);

    assertNull(call.request().header("X-Request-Id"));
    assertNull(call.request().tag(RequestOptions.class));
    assertEquals("req-2", tracedCall.request().header("X-Request-Id"));
    assertSame(traced, RequestOptions.of(tracedCall.request()));
    // options given again replace the earlier ones
    assertNull(tracedCall.withOptions(NO_RETRIES).request().header("X-Request-Id"));

    server.enqueue(json(200, USER));
    server.enqueue(json(200, USER));
    tracedCall.execute();
    call.execute();
    assertEquals("req-2", server.takeRequest().getHeader("X-Request-Id"));
    assertNull(server.takeRequest().getHeader("X-Request-Id"));
  }

  @Test
  void aCancelledCallsCopyWithOptionsIsLiveAsACloneIs() {
    PlaneCall<UserLite> call = plane.users().getCurrentUser();
    call.cancel();
    server.enqueue(json(200, USER));

    assertThrows(PlaneCanceledException.class, call::execute);
    assertEquals(0, server.getRequestCount());
    assertEquals("sdk-tester", call.withOptions(NO_RETRIES).execute().getDisplayName());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void nullOptionsAreRefusedBeforeAnythingIsSent() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> plane.projects().listProjects(SLUG).execute(null));

    assertEquals("options must not be null", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> plane.users().getCurrentUser().withOptions(null));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void theAsyncPathHonoursThem() {
    server.enqueue(neverAnswered());
    ExecutionException timedOut =
        assertThrows(
            ExecutionException.class,
            () -> plane.projects().listProjects(SLUG).executeAsync(QUICK).get(10, TimeUnit.SECONDS));
    assertInstanceOf(PlaneTimeoutException.class, timedOut.getCause());

    server.enqueue(unavailable());
    server.enqueue(json(200, USER));
    ExecutionException noRetry =
        assertThrows(
            ExecutionException.class,
            () -> plane.users().getCurrentUser().withOptions(NO_RETRIES).executeAsync().get(10, TimeUnit.SECONDS));
    assertInstanceOf(PlaneServerException.class, noRetry.getCause());
    assertEquals(2, server.getRequestCount());
  }
}
