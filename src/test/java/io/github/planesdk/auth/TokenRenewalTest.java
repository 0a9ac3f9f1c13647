package io.github.planesdk.auth;

import static io.github.planesdk.Fixtures.USER;
import static io.github.planesdk.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.Fixtures;
import io.github.planesdk.PlaneClient;
import io.github.planesdk.errors.PlaneApiException;
import io.github.planesdk.errors.PlaneAuthenticationException;
import io.github.planesdk.errors.PlaneBadRequestException;
import io.github.planesdk.http.FakeTime;
import io.github.planesdk.model.ProjectCreate;
import io.github.planesdk.model.UserLite;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor.Level;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import io.github.planesdk.MockWebServers;

/** A client with a token provider: renewal before expiry and after a 401, once, single-flight. */
@ExtendWith(MockWebServers.class)
class TokenRenewalTest {
  private static final String REFUSED = "{\"detail\":\"Given token not valid for any token type\"}";

  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  /** Tokens {@code pln_token_1}, {@code pln_token_2}, ... valid for two minutes each. */
  private final AtomicInteger fetches = new AtomicInteger();
  private final TokenProvider provider =
      () ->
          AccessToken.of(
              "pln_token_" + fetches.incrementAndGet(), time.instant().plusSeconds(120));

  private PlaneClient.Builder client() {
    return PlaneClient.builder()
        .tokenProvider(provider)
        .baseUrl(server.url("/").toString())
        .clock(time)
        .sleeper(time);
  }

  /** Answers 401 to every token but the ones in {@code accepted}. */
  private void acceptOnly(String... accepted) {
    List<String> ok = List.of(accepted);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return ok.contains(bearerOf(request)) ? json(200, USER) : json(401, REFUSED);
          }
        });
  }

  private static String bearerOf(RecordedRequest request) {
    String header = request.getHeader("Authorization");
    return header == null ? null : header.substring("Bearer ".length());
  }

  private List<String> tokensSent() throws InterruptedException {
    List<String> sent = new ArrayList<>();
    for (RecordedRequest r; (r = server.takeRequest(0, TimeUnit.SECONDS)) != null; ) {
      assertNull(r.getHeader("X-API-Key"));
      sent.add(bearerOf(r));
    }
    return sent;
  }

  @Test
  void fetchesOnFirstUseAndKeepsTheTokenWhileItIsValid() throws InterruptedException {
    acceptOnly("pln_token_1");
    try (PlaneClient plane = client().build()) {
      assertEquals(0, fetches.get(), "nothing is fetched before the first request");
      plane.users().getCurrentUser().execute();
      time.sleep(Duration.ofSeconds(59)); // still more than a minute left
      plane.users().getCurrentUser().execute();
    }

    assertEquals(List.of("pln_token_1", "pln_token_1"), tokensSent());
    assertEquals(1, fetches.get());
  }

  @Test
  void aTokenShorterLivedThanTheMarginIsRenewedHalfWayNotOnEveryRequest() throws InterruptedException {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return json(200, USER);
          }
        });
    TokenProvider thirtySeconds =
        () -> AccessToken.of("pln_token_" + fetches.incrementAndGet(), time.instant().plusSeconds(30));
    try (PlaneClient plane =
        PlaneClient.builder().tokenProvider(thirtySeconds).baseUrl(server.url("/").toString())
            .clock(time).sleeper(time).build()) {
      plane.users().getCurrentUser().execute();
      plane.users().getCurrentUser().execute();
      time.sleep(Duration.ofSeconds(16)); // past half its life
      plane.users().getCurrentUser().execute();
    }

    assertEquals(List.of("pln_token_1", "pln_token_1", "pln_token_2"), tokensSent());
  }

  @Test
  void renewsAMinuteBeforeExpiryWithoutWaitingForA401() throws InterruptedException {
    acceptOnly("pln_token_1", "pln_token_2");
    try (PlaneClient plane = client().build()) {
      plane.users().getCurrentUser().execute();
      time.sleep(Duration.ofSeconds(61)); // 59 s left: inside the margin
      plane.users().getCurrentUser().execute();
    }

    assertEquals(List.of("pln_token_1", "pln_token_2"), tokensSent());
    assertEquals(2, fetches.get());
  }

  @Test
  void renewsOnceOnA401AndResendsThePostWithItsBody() throws InterruptedException {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return "pln_token_2".equals(bearerOf(request))
                ? json(201, Fixtures.project(Fixtures.PROJECT_ID, "Renewed"))
                : json(401, REFUSED);
          }
        });
    try (PlaneClient plane = client().build()) {
      plane.projects()
          .createProject(Fixtures.SLUG, new ProjectCreate().name("Renewed").identifier("REN"))
          .execute();
    }

    RecordedRequest refused = server.takeRequest();
    RecordedRequest resent = server.takeRequest();
    assertEquals("Bearer pln_token_1", refused.getHeader("Authorization"));
    assertEquals("Bearer pln_token_2", resent.getHeader("Authorization"));
    assertEquals(refused.getBody().readUtf8(), resent.getBody().readUtf8());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aSecond401AfterRenewingIsAnErrorNotALoop() throws InterruptedException {
    server.setDispatcher( // refuses every token, and names it
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return json(401, "{\"detail\":\"Token " + bearerOf(request) + " is not valid\"}");
          }
        });
    try (PlaneClient plane = client().build()) {
      PlaneAuthenticationException e =
          assertThrows(
              PlaneAuthenticationException.class, () -> plane.users().getCurrentUser().execute());

      assertEquals(401, e.statusCode());
      assertEquals("{\"detail\":\"Token ██ is not valid\"}", e.body());
      assertFalse(e.getMessage().contains("pln_token"), e.getMessage());
    }

    assertEquals(List.of("pln_token_1", "pln_token_2"), tokensSent());
    assertEquals(2, fetches.get());
  }

  @Test
  void eightThreadsRefusedAtOnceTriggerOneRenewal() throws Exception {
    int threads = 8;
    CountDownLatch allRefused = new CountDownLatch(threads);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            if (!"pln_token_1".equals(bearerOf(request))) {
              return json(200, USER);
            }
            // hold every refusal until all eight requests carry the old token
            allRefused.countDown();
            allRefused.await(20, TimeUnit.SECONDS);
            return json(401, REFUSED);
          }
        });
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (PlaneClient plane = client().build()) {
      List<Future<UserLite>> calls = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        calls.add(pool.submit(() -> plane.users().getCurrentUser().execute()));
      }
      for (Future<UserLite> call : calls) {
        assertEquals("sdk-tester", call.get(30, TimeUnit.SECONDS).getDisplayName());
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(0, allRefused.getCount(), "all eight were refused with the first token");
    assertEquals(2, fetches.get(), "the first token, and exactly one renewal");
    List<String> sent = tokensSent();
    assertEquals(16, sent.size());
    assertEquals(8, sent.stream().filter("pln_token_2"::equals).count());
  }

  @Test
  void eightThreadsNeedingAFreshTokenTriggerOneFetch() throws Exception {
    int threads = 8;
    acceptOnly("pln_token_1", "pln_token_2");
    AtomicReference<CountDownLatch> allStarted = new AtomicReference<>();
    // the SDK's interceptors run after the base client's: every call of a round has passed here
    // before the round's fetch returns, so the other seven find it in flight, or find its token
    OkHttpClient base =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  allStarted.get().countDown();
                  return chain.proceed(chain.request());
                })
            .build();
    TokenProvider slow =
        () -> {
          try {
            allStarted.get().await(20, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return provider.fetchToken();
        };
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (PlaneClient plane = client().tokenProvider(slow).httpClient(base).build()) {
      for (int round = 0; round < 2; round++) { // first use, then past the renewal margin
        allStarted.set(new CountDownLatch(threads));
        List<Future<UserLite>> calls = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          calls.add(pool.submit(() -> plane.users().getCurrentUser().execute()));
        }
        for (Future<UserLite> call : calls) {
          assertEquals("sdk-tester", call.get(30, TimeUnit.SECONDS).getDisplayName());
        }
        assertEquals(round + 1, fetches.get(), "one fetch for eight threads");
        time.sleep(Duration.ofSeconds(61));
      }
    } finally {
      pool.shutdownNow();
    }

    List<String> sent = tokensSent();
    assertEquals(8, sent.stream().filter("pln_token_1"::equals).count());
    assertEquals(8, sent.stream().filter("pln_token_2"::equals).count());
  }

  @Test
  void aFixedTokenIsNotRenewedAndNotResent() {
    server.enqueue(json(401, REFUSED));
    try (PlaneClient plane =
        PlaneClient.builder()
            .accessToken("pln_fixed_token")
            .baseUrl(server.url("/").toString())
            .build()) {
      assertThrows(
          PlaneAuthenticationException.class, () -> plane.users().getCurrentUser().execute());
    }

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aFailedRenewalSaysSoAndSendsNothing() {
    PlaneApiException refused =
        PlaneApiException.of(400, Headers.of(), "{\"error\":\"invalid_grant\"}");
    try (PlaneClient plane =
        client()
            .tokenProvider(
                () -> {
                  throw refused;
                })
            .build()) {
      TokenRenewalException e =
          assertThrows(TokenRenewalException.class, () -> plane.users().getCurrentUser().execute());

      assertEquals("fetching an access token failed: " + refused.getMessage(), e.getMessage());
      assertTrue(e.getMessage().contains("invalid_grant"), e.getMessage());
      assertInstanceOf(PlaneBadRequestException.class, e.getCause());
    }

    assertEquals(0, server.getRequestCount());
  }

  @Test
  void tokensNeverAppearInLogsExceptionsOrToString() {
    List<String> log = new CopyOnWriteArrayList<>();
    acceptOnly("pln_token_2");
    try (PlaneClient plane = client().httpLogging(Level.BODY, log::add).build()) {
      plane.users().getCurrentUser().execute(); // 401, renewal, 200

      String output = String.join("\n", log);
      assertTrue(output.contains("Authorization: ██"), output);
      assertTrue(output.contains("401"), output);
      for (String text :
          List.of(
              output,
              plane.toString(),
              plane.httpClient().interceptors().toString(),
              plane.httpClient().networkInterceptors().toString())) {
        assertFalse(text.contains("pln_token"), text);
      }
    }
  }
}
