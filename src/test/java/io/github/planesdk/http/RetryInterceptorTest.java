package io.github.planesdk.http;

import static io.github.planesdk.Fixtures.PROJECT_ID;
import static io.github.planesdk.Fixtures.RATE_LIMITED;
import static io.github.planesdk.Fixtures.SLUG;
import static io.github.planesdk.Fixtures.USER;
import static io.github.planesdk.Fixtures.json;
import static io.github.planesdk.Fixtures.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.Fixtures;
import io.github.planesdk.MockWebServers;
import io.github.planesdk.PlaneClient;
import io.github.planesdk.errors.PlaneConflictException;
import io.github.planesdk.errors.PlaneConnectionException;
import io.github.planesdk.errors.PlaneDecodingException;
import io.github.planesdk.errors.PlaneRateLimitException;
import io.github.planesdk.errors.PlaneServerException;
import io.github.planesdk.model.Project;
import io.github.planesdk.model.ProjectCreate;
import io.github.planesdk.model.UserLite;
import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import retrofit2.Response;

/** Retries as seen by the server: how many requests arrive, and what the caller gets. */
@ExtendWith(MockWebServers.class)
class RetryInterceptorTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private PlaneClient plane;

  @BeforeEach
  void start() throws IOException {
    plane = Fixtures.client(server, time).build();
  }

  @AfterEach
  void stop() throws IOException {
    plane.close();
  }

  private UserLite me() {
    return plane.users().getCurrentUser().execute();
  }

  private Project createProject() {
    return plane.projects().createProject(SLUG, new ProjectCreate().name("P").identifier("P")).execute();
  }

  @Test
  void waitsRetryAfterSecondsOn429() {
    server.enqueue(json(429, RATE_LIMITED).setHeader("Retry-After", "7"));
    server.enqueue(json(200, USER));

    assertEquals("sdk-tester", me().getDisplayName());
    assertEquals(2, server.getRequestCount());
    assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
  }

  @Test
  void waitsRetryAfterHttpDateOn429() {
    String in30s =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            time.instant().plusSeconds(30).atOffset(ZoneOffset.UTC));
    server.enqueue(json(429, RATE_LIMITED).setHeader("Retry-After", in30s));
    server.enqueue(json(200, USER));

    me();

    assertEquals(List.of(Duration.ofSeconds(30)), time.sleeps());
  }

  @Test
  void backsOffOn429WithoutRetryAfter() {
    server.enqueue(json(429, RATE_LIMITED));
    server.enqueue(json(429, RATE_LIMITED));
    server.enqueue(json(200, USER));

    me();

    assertEquals(3, server.getRequestCount());
    Duration first = time.sleeps().get(0);
    Duration second = time.sleeps().get(1);
    assertTrue(first.toMillis() >= 375 && first.toMillis() <= 500, "first backoff " + first);
    assertTrue(second.toMillis() >= 750 && second.toMillis() <= 1000, "second backoff " + second);
  }

  @Test
  void givesUpAfterMaxRetries() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(429, RATE_LIMITED).setHeader("Retry-After", "1"));
    }
    server.enqueue(json(200, USER));

    PlaneRateLimitException e = assertThrows(PlaneRateLimitException.class, this::me);

    assertEquals(3, server.getRequestCount());
    assertEquals(Duration.ofSeconds(1), e.retryAfter().orElseThrow());
    assertEquals("GET /api/v1/users/me/ answered 429: RATE_LIMIT_EXCEEDED (code 5900)", e.getMessage());
  }

  @Test
  void doesNotWaitLongerThanMaxRetryWait() {
    server.enqueue(json(429, RATE_LIMITED).setHeader("Retry-After", "3600"));

    PlaneRateLimitException e = assertThrows(PlaneRateLimitException.class, this::me);

    assertEquals(1, server.getRequestCount());
    assertEquals(Duration.ofHours(1), e.retryAfter().orElseThrow());
    assertTrue(time.sleeps().isEmpty());
  }

  @Test
  void retriesPostAfter429BecauseTheServerDidNotProcessIt() throws InterruptedException {
    server.enqueue(json(429, RATE_LIMITED).setHeader("Retry-After", "2"));
    server.enqueue(json(201, project(PROJECT_ID, "P")));

    assertEquals(PROJECT_ID, createProject().getId());
    assertEquals(2, server.getRequestCount());
    assertEquals("POST", server.takeRequest().getMethod());
    assertEquals("POST", server.takeRequest().getMethod());
  }

  @Test
  void retriesGetOn5xxThenSucceeds() {
    server.enqueue(json(503, "{\"error\":\"unavailable\"}"));
    server.enqueue(
        new MockResponse()
            .setResponseCode(502)
            .setHeader("Content-Type", "text/html")
            .setBody("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"));
    server.enqueue(json(200, USER));

    assertEquals("sdk-tester", me().getDisplayName());
    assertEquals(3, server.getRequestCount());
    assertEquals(2, time.sleeps().size());
  }

  @Test
  void htmlBadGatewayBecomesServerExceptionWithTitle() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse()
              .setResponseCode(502)
              .setHeader("Content-Type", "text/html")
              .setBody("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"));
    }

    PlaneServerException e = assertThrows(PlaneServerException.class, this::me);

    assertEquals("GET /api/v1/users/me/ answered 502: 502 Bad Gateway", e.getMessage());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void doesNotRetryPostOn503() {
    server.enqueue(json(503, "{\"error\":\"unavailable\"}"));
    server.enqueue(json(201, project(PROJECT_ID, "P")));

    PlaneServerException e = assertThrows(PlaneServerException.class, this::createProject);

    assertEquals(503, e.statusCode());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void doesNotRetry500() {
    server.enqueue(json(500, "{\"error\":\"Something went wrong please try again later\"}"));
    server.enqueue(json(200, USER));

    assertThrows(PlaneServerException.class, this::me);
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void neverRetries409() {
    server.enqueue(
        json(409, "{\"error\":\"State with the same name already exists in the project\","
            + "\"id\":\"f9739830-104e-4781-8c9c-f82c79f48361\"}"));
    server.enqueue(json(201, project(PROJECT_ID, "P")));

    PlaneConflictException e = assertThrows(PlaneConflictException.class, this::createProject);

    assertEquals("f9739830-104e-4781-8c9c-f82c79f48361", e.existingId().orElseThrow().toString());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void retriesGetWhenTheConnectionDropsAtStart() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(json(200, USER));

    assertEquals("sdk-tester", me().getDisplayName());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void retriesGetWhenTheConnectionDropsAfterTheRequest() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(200, USER));

    assertEquals("sdk-tester", me().getDisplayName());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void neverResendsPostAfterTheRequestWasSent() throws InterruptedException {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(201, project(PROJECT_ID, "P")));

    PlaneConnectionException e = assertThrows(PlaneConnectionException.class, this::createProject);

    assertEquals(1, server.getRequestCount());
    RecordedRequest only = server.takeRequest();
    assertEquals("POST", only.getMethod());
    assertTrue(only.getBody().readUtf8().contains("\"name\":\"P\""));
    assertTrue(e.getMessage().startsWith("POST /api/v1/workspaces/{slug}/projects/ failed: "), e.getMessage());
    assertTrue(time.sleeps().isEmpty());
  }

  @Test
  void neverResendsPostToAnotherAddressOfTheHost() throws IOException {
    // two addresses make two routes; OkHttp on its own would resend the POST on the second
    InetAddress local = InetAddress.getByName("127.0.0.1");
    OkHttpClient twoRoutes = new OkHttpClient.Builder().dns(host -> List.of(local, local)).build();
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(201, project(PROJECT_ID, "P")));
    try (PlaneClient multiHomed =
        PlaneClient.builder()
            .apiKey(Fixtures.API_KEY)
            .baseUrl("http://plane.test:" + server.getPort() + "/")
            .allowInsecureHttp()
            .httpClient(twoRoutes)
            .clock(time)
            .sleeper(time)
            .build()) {
      assertThrows(
          PlaneConnectionException.class,
          () -> multiHomed.projects().createProject(SLUG, new ProjectCreate().name("P").identifier("P")).execute());
    }

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void doesNotResendPostWhenTheConnectionDropsAtStart() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(json(201, project(PROJECT_ID, "P")));

    assertThrows(PlaneConnectionException.class, this::createProject);
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void retriesPostWhenNoConnectionCouldBeMade() throws IOException {
    MockWebServer closed = new MockWebServer();
    closed.start();
    String url = closed.url("/").toString();
    closed.shutdown(); // nothing listens on this port any more
    try (PlaneClient offline =
        PlaneClient.builder().apiKey(Fixtures.API_KEY).baseUrl(url).clock(time).sleeper(time).build()) {
      PlaneConnectionException e =
          assertThrows(
              PlaneConnectionException.class,
              () -> offline.projects().createProject(SLUG, new ProjectCreate().name("P").identifier("P")).execute());

      assertInstanceOf(java.net.ConnectException.class, e.getCause());
      assertEquals(2, time.sleeps().size()); // three attempts
    }
  }

  @Test
  void retriesGetWhenTheBodyIsCutShort() throws InterruptedException {
    server.enqueue(
        json(200, USER.substring(0, 40))
            .setHeader("Content-Length", USER.length())
            .setSocketPolicy(SocketPolicy.DISCONNECT_AT_END));
    server.enqueue(json(200, USER));

    assertEquals("sdk-tester", me().getDisplayName());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void truncatedBodyOfPostIsAConnectionFailureNotResent() {
    String body = project(PROJECT_ID, "P");
    server.enqueue(
        json(201, body.substring(0, 40))
            .setHeader("Content-Length", body.length())
            .setSocketPolicy(SocketPolicy.DISCONNECT_AT_END));
    server.enqueue(json(201, body));

    PlaneConnectionException e = assertThrows(PlaneConnectionException.class, this::createProject);

    assertTrue(e.getMessage().contains("unexpected end of stream"), e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void malformedJsonIsADecodingFailureNotRetried() {
    server.enqueue(json(200, "{\"id\": \"ecfe465b-8a7c-4954-aff0-1e727123bf24\", \"first_name\": }"));
    server.enqueue(json(200, USER));

    PlaneDecodingException e = assertThrows(PlaneDecodingException.class, this::me);

    assertTrue(
        e.getMessage().startsWith("GET /api/v1/users/me/ answered 200 (application/json) with a body"
            + " that is not a valid UserLite: "),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("it starts \"{\"id\": \"ecfe465b-8a7c-4954-aff0-1e727123bf24\", \"first_name\": }\""), e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aDecodingFailureDoesNotQuoteATokenTheBodyCarries() {
    server.enqueue(json(200, "{\"id\": 5, \"access_token\": \"pln_at_s3cr3t\", \"refresh_token\": \"pln_rt_s3cr3t\"}"));

    PlaneDecodingException e = assertThrows(PlaneDecodingException.class, this::me);

    assertFalse(e.getMessage().contains("s3cr3t"), e.getMessage());
    assertTrue(e.getMessage().contains("\"access_token\": \"██\""), e.getMessage());
  }

  @Test
  void anHtmlPageOnA200IsADecodingFailureThatQuotesIt() {
    server.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "text/html; charset=utf-8")
            .setBody("<!DOCTYPE html>\n<html><head><title>Plane</title></head><body>Sign in</body></html>"));

    PlaneDecodingException e = assertThrows(PlaneDecodingException.class, this::me);

    assertTrue(
        e.getMessage().startsWith("GET /api/v1/users/me/ answered 200 (text/html; charset=utf-8)"),
        e.getMessage());
    assertTrue(
        e.getMessage().endsWith("it starts \"<!DOCTYPE html> <html><head><title>Plane</title></head><body>Sign in</body></html>\""),
        e.getMessage());
  }

  @Test
  void aGetThatFailsOnAReusedConnectionGoesOutAgainWithoutSpendingARetry() {
    server.enqueue(json(200, USER));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(200, USER));

    me();
    assertEquals("sdk-tester", me().getDisplayName());

    assertEquals(3, server.getRequestCount());
    assertTrue(time.sleeps().isEmpty(), "backed off: " + time.sleeps());
  }

  @Test
  void aPostThatFailsOnAReusedConnectionIsNotSentAgain() throws InterruptedException {
    server.enqueue(json(200, USER));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(201, project(PROJECT_ID, "P")));

    me();
    PlaneConnectionException e = assertThrows(PlaneConnectionException.class, this::createProject);

    assertTrue(e.getMessage().startsWith("POST /api/v1/workspaces/{slug}/projects/ failed: "), e.getMessage());
    assertEquals(2, server.getRequestCount());
    assertEquals("GET", server.takeRequest().getMethod());
    RecordedRequest post = server.takeRequest();
    assertEquals("POST", post.getMethod());
    assertEquals(1, post.getSequenceNumber()); // the second exchange on the first connection
    assertTrue(time.sleeps().isEmpty(), "backed off: " + time.sleeps());
  }

  @Test
  void wrongJsonTypeIsADecodingFailure() {
    server.enqueue(json(200, "[\"not\", \"a\", \"user\"]"));

    PlaneDecodingException e = assertThrows(PlaneDecodingException.class, this::me);

    assertTrue(e.getMessage().contains("Expected BEGIN_OBJECT but was BEGIN_ARRAY"), e.getMessage());
  }

  @Test
  void emptySuccessBodyIsADecodingFailure() {
    server.enqueue(json(200, ""));

    assertThrows(PlaneDecodingException.class, this::me);
  }

  @Test
  void slowBodyHitsTheReadTimeoutAndIsRetriedForGet() throws IOException {
    plane.close();
    plane = Fixtures.client(server, time).readTimeout(Duration.ofMillis(200)).maxRetries(1).build();
    for (int i = 0; i < 2; i++) {
      server.enqueue(json(200, USER).throttleBody(8, 1, TimeUnit.SECONDS));
    }

    PlaneConnectionException e = assertThrows(PlaneConnectionException.class, this::me);

    assertInstanceOf(SocketTimeoutException.class, e.getCause());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void executeForResponseLeavesNothingOpen() throws InterruptedException {
    server.enqueue(json(500, "{\"error\":\"Something went wrong please try again later\"}"));
    server.enqueue(json(200, USER));

    Response<UserLite> failed = plane.users().getCurrentUser().executeForResponse();
    // not closed by the caller on purpose: the error body is already in memory
    UserLite user = me();

    assertEquals(500, failed.code());
    assertEquals("sdk-tester", user.getDisplayName());
    assertEquals(0, server.takeRequest().getSequenceNumber());
    assertEquals(1, server.takeRequest().getSequenceNumber()); // the same connection, reused
  }

  @Test
  void executeForResponseHandsBackErrorBodyAndRateHeaders() throws IOException {
    server.enqueue(
        json(404, "{\"error\":\"The requested resource does not exist.\"}")
            .setHeader("X-RateLimit-Remaining", "30")
            .setHeader("X-RateLimit-Reset", Long.toString(time.instant().getEpochSecond() + 60)));

    Response<Project> response = plane.projects().getProject(SLUG, PROJECT_ID).executeForResponse();

    assertEquals(404, response.code());
    assertEquals("30", response.headers().get("X-RateLimit-Remaining"));
    assertEquals("{\"error\":\"The requested resource does not exist.\"}", response.errorBody().string());
  }
}
