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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import io.github.planesdk.MockWebServers;

/**
 * Proactive pacing: when the budget is spent the client waits until the oldest request the server
 * still counts is one window old, as Plane's sliding window frees its slots.
 */
@ExtendWith(MockWebServers.class)
class RateLimitInterceptorTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private PlaneClient plane;
  /** Threads of their own for calls made side by side: the common pool may have only one. */
  private final ExecutorService callers = Executors.newCachedThreadPool();

  @BeforeEach
  void start() throws IOException {
    plane = Fixtures.client(server, time).build();
  }

  @AfterEach
  void stop() throws IOException {
    callers.shutdownNow();
    plane.close();
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
  void waitsOneWindowWhenTheBudgetIsSpent() {
    server.enqueue(user(0, 60));
    server.enqueue(user(59, 60));

    me();
    assertTrue(time.sleeps().isEmpty());
    me();

    // the server saw the first request no later than its answer came: one window after that
    assertEquals(List.of(Duration.ofSeconds(60)), time.sleeps());
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

    // the window is reset - Date = 60 s; the client's own clock (100 s ahead) does not matter
    assertEquals(List.of(Duration.ofSeconds(60)), time.sleeps());
  }

  @Test
  void waitIsCappedByMaxRetryWait() throws IOException {
    plane.close();
    plane = Fixtures.client(server, time).maxRetryWait(Duration.ofSeconds(10)).build();
    server.enqueue(user(0, 3600));
    server.enqueue(user(59, 60));

    me();
    me();

    assertEquals(List.of(Duration.ofSeconds(10)), time.sleeps());
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

  @Test
  void aSpentBudgetWaitsOnlyForTheOldestRequestToLeaveTheWindow() {
    server.enqueue(user(2, 60)); // at 0 s
    server.enqueue(user(1, 60)); // at 10 s
    server.enqueue(user(0, 60)); // at 20 s
    server.enqueue(user(0, 60)); // the slot of the request at 0 s
    server.enqueue(user(0, 60)); // the slot of the request at 10 s

    me();
    time.sleep(Duration.ofSeconds(10));
    me();
    time.sleep(Duration.ofSeconds(10));
    me();
    me();
    me();

    // not a whole window after the last request: each waits for one slot to free
    assertEquals(
        List.of(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(40), Duration.ofSeconds(10)),
        time.sleeps());
    assertEquals(5, server.getRequestCount());
  }

  @Test
  void theLongestReadingOfResetMinusDateIsTheWindow() {
    // the Date of the first answer ticked a second after the server computed the reset
    server.enqueue(user(1, 59).setHeader("Date", httpDate(0)));
    server.enqueue(user(0, 60).setHeader("Date", httpDate(0)));
    server.enqueue(user(0, 60).setHeader("Date", httpDate(60)));

    me();
    me();
    me();

    assertEquals(List.of(Duration.ofSeconds(60)), time.sleeps());
  }

  @Test
  void forgetsRequestsTheServerNoLongerCounts() {
    // a server whose budget comes back early (a fixed window, or a limit raised): trust it
    for (int i = 0; i < 100; i++) {
      server.enqueue(user(59, 60));
    }
    for (int i = 0; i < 100; i++) {
      me();
    }

    assertTrue(time.sleeps().isEmpty());
    assertEquals(100, server.getRequestCount());
  }

  @Test
  void requestsOfOtherClientsWithTheSameKeyCountToo() {
    server.enqueue(user(59, 60)); // at 0 s: ours is the only one
    server.enqueue(user(0, 60)); // at 30 s: 58 others came in between
    server.enqueue(user(0, 60));
    server.enqueue(user(0, 60));

    me();
    time.sleep(Duration.ofSeconds(30));
    me();
    me(); // waits for the request at 0 s to leave the window
    me(); // then for the others', counted from when we heard of them

    assertEquals(
        List.of(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30)), time.sleeps());
  }

  @Test
  void aLateAnswerDoesNotTakeOurOwnRetiredRequestsForSomeoneElses() throws Exception {
    threeOfOursAnsweredAt10And10And20Seconds();

    // At 69.9 s request A goes out; the server still counts the three (0 left), and its answer
    // is slow. At 70 s request B goes out once the two of 10 s have left the window, and its
    // answer (1 left: the server has let them go too) comes back before A's.
    time.sleep(Duration.ofMillis(49_900));
    HeldAnswers answers = new HeldAnswers(user(0, 60), user(1, 60), user(0, 60));
    whileOnItsWay(answers, 0, () -> {
      answers.release(1);
      me(); // B
    });

    // A's answer counted the two of 10 s, which this client has let go since: only the request
    // of 20 s, A and B are in the window, so C goes at once instead of waiting 10 s for a slot
    // held by a request nobody else made.
    answers.release(2);
    me(); // C
    assertEquals(
        List.of(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofMillis(49_900), Duration.ofMillis(100)),
        time.sleeps());
    assertEquals(6, server.getRequestCount());
  }

  @Test
  void aLateAnswerAddsNoOneAfterAFresherOneShowedOursGone() throws Exception {
    // limit 6, window 60 s: three of ours answered at 10 s (the server saw them a moment
    // earlier), one at 20 s
    time.sleep(Duration.ofSeconds(10));
    for (int left = 5; left >= 3; left--) {
      server.enqueue(user(left, 60));
      me();
    }
    time.sleep(Duration.ofSeconds(10));
    server.enqueue(user(2, 60));
    me();

    // A goes out at 69.9 s, when the server counts all four (1 left); its answer is slow. B goes
    // out at 69.95 s, when the server has let the three of 10 s go (3 left): B's answer, first
    // back, shows them gone, though they have not yet left the window on this client's clock.
    time.sleep(Duration.ofMillis(49_900));
    HeldAnswers answers = new HeldAnswers(user(1, 60), user(3, 60), user(0, 60), user(0, 60));
    whileOnItsWay(answers, 0, () -> {
      time.sleep(Duration.ofMillis(50));
      answers.release(1);
      me(); // B
    });

    // A's late answer still counts the three; it is older news than B's and adds no one. So with
    // C on its way, D goes at once instead of waiting for the first of 10 s to leave the window.
    whileOnItsWay(answers, 2, () -> {
      answers.release(3);
      me(); // D
    });
    assertEquals(
        List.of(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofMillis(49_900), Duration.ofMillis(50)),
        time.sleeps());
  }

  @Test
  void requestsThatLeftTheWindowWhileAnAnswerWasOnItsWayAreNoOneElses() throws Exception {
    threeOfOursAnsweredAt10And10And20Seconds();

    // R goes out at 69.9 s, when the server still counts the three (0 left). At 70 s, while R
    // is on its way, the two of 10 s leave the window and B goes out; R is answered first.
    time.sleep(Duration.ofMillis(49_900));
    HeldAnswers answers = new HeldAnswers(user(0, 60), user(1, 60), user(0, 60));
    CompletableFuture<Void> r = CompletableFuture.runAsync(this::me, callers);
    answers.awaitArrival(0);
    CompletableFuture<Void> b = CompletableFuture.runAsync(this::me, callers);
    answers.awaitArrival(1);
    answers.release(0);
    r.get(5, TimeUnit.SECONDS);

    // the request of 20 s, R and B (still on its way) are in the window: C goes at once
    answers.release(2);
    me(); // C
    answers.release(1);
    b.get(5, TimeUnit.SECONDS);
    assertEquals(
        List.of(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofMillis(49_900), Duration.ofMillis(100)),
        time.sleeps());
  }

  @Test
  void anotherClientSeenByAnAnswerInOrderStillTakesItsSlot() throws Exception {
    // limit 3, window 60 s: one request of ours, answered at 0 s
    server.enqueue(user(2, 60));
    me();

    // F goes out at 59.9 s, R at 59.95 s. The server sees F once ours of 0 s has left its
    // window (2 left), then another client's request, then R (0 left); F is answered first.
    time.sleep(Duration.ofMillis(59_900));
    HeldAnswers answers = new HeldAnswers(user(2, 60), user(0, 60), user(0, 60));
    CompletableFuture<Void> f = CompletableFuture.runAsync(this::me, callers);
    answers.awaitArrival(0);
    time.sleep(Duration.ofMillis(50));
    CompletableFuture<Void> r = CompletableFuture.runAsync(this::me, callers);
    answers.awaitArrival(1);
    time.sleep(Duration.ofMillis(250));
    answers.release(0);
    f.get(5, TimeUnit.SECONDS);
    time.sleep(Duration.ofMillis(100));
    answers.release(1);
    r.get(5, TimeUnit.SECONDS);

    // F, R and the other client's request fill the window: S waits for F's slot (answered at
    // 60.2 s) instead of drawing a 429
    answers.release(2);
    me(); // S
    assertEquals(
        List.of(Duration.ofMillis(59_900), Duration.ofMillis(50), Duration.ofMillis(250), Duration.ofMillis(100),
            Duration.ofMillis(59_900)),
        time.sleeps());
  }

  /** Limit 4, window 60 s: our requests answered at 10 s, 10 s and 20 s. */
  private void threeOfOursAnsweredAt10And10And20Seconds() {
    time.sleep(Duration.ofSeconds(10));
    server.enqueue(user(3, 60));
    me();
    server.enqueue(user(2, 60));
    me();
    time.sleep(Duration.ofSeconds(10));
    server.enqueue(user(1, 60));
    me();
  }

  /** Makes a call whose answer {@code answers} holds, runs {@code meanwhile}, then answers it. */
  private void whileOnItsWay(HeldAnswers answers, int held, Runnable meanwhile) throws Exception {
    CompletableFuture<Void> call = CompletableFuture.runAsync(this::me, callers);
    answers.awaitArrival(held);
    meanwhile.run();
    answers.release(held);
    call.get(5, TimeUnit.SECONDS);
  }

  /** Answers the requests in the order they arrive, each once the test releases it. */
  private final class HeldAnswers extends Dispatcher {
    private final List<MockResponse> answers;
    private final List<CountDownLatch> arrived = new ArrayList<>();
    private final List<CountDownLatch> released = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    HeldAnswers(MockResponse... answers) {
      this.answers = List.of(answers);
      for (int i = 0; i < answers.length; i++) {
        arrived.add(new CountDownLatch(1));
        released.add(new CountDownLatch(1));
      }
      server.setDispatcher(this);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      int i = next.getAndIncrement();
      arrived.get(i).countDown();
      if (!released.get(i).await(5, TimeUnit.SECONDS)) {
        return new MockResponse().setResponseCode(500); // the test failed to release it
      }
      return answers.get(i);
    }

    void awaitArrival(int i) throws InterruptedException {
      assertTrue(arrived.get(i).await(5, TimeUnit.SECONDS), "request " + i + " never arrived");
    }

    void release(int i) {
      released.get(i).countDown();
    }
  }

  private String httpDate(long offsetSeconds) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(
        time.instant().plusSeconds(offsetSeconds).atOffset(ZoneOffset.UTC));
  }
}
