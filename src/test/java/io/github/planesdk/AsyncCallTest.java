package io.github.planesdk;

import static io.github.planesdk.Fixtures.USER;
import static io.github.planesdk.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.errors.PlaneNotFoundException;
import io.github.planesdk.http.FakeTime;
import io.github.planesdk.model.UserLite;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code executeAsync()}: the same answers and typed errors as {@code execute()}; cancel reaches the wire. */
@ExtendWith(MockWebServers.class)
class AsyncCallTest {
  private final MockWebServer server = new MockWebServer();
  private final Dispatcher dispatcher = new Dispatcher();
  private PlaneClient plane;

  @BeforeEach
  void start() throws IOException {
    plane = Fixtures.client(server, new FakeTime())
        .httpClient(new OkHttpClient.Builder().dispatcher(dispatcher).build())
        .build();
  }

  @AfterEach
  void stop() throws IOException {
    plane.close();
    dispatcher.executorService().shutdownNow();
  }

  @Test
  void completesWithTheDecodedBody() throws Exception {
    server.enqueue(json(200, USER));

    UserLite me = plane.users().getCurrentUser().executeAsync().get(10, TimeUnit.SECONDS);

    assertEquals("sdk-tester", me.getDisplayName());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void anErrorAnswerCompletesExceptionallyWithTheTypedException() {
    server.enqueue(json(404, "{\"error\":\"The requested resource does not exist.\"}"));

    CompletableFuture<UserLite> future = plane.users().getCurrentUser().executeAsync();
    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));

    PlaneNotFoundException notFound = assertInstanceOf(PlaneNotFoundException.class, e.getCause());
    assertTrue(notFound.getMessage().startsWith("GET /api/v1/users/me/ answered 404"), notFound.getMessage());
  }

  @Test
  void cancellingTheFutureCancelsTheHttpCall() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE)); // reads, never answers

    CompletableFuture<UserLite> future = plane.users().getCurrentUser().executeAsync();
    server.takeRequest(10, TimeUnit.SECONDS); // the request is on the wire, its answer far off
    assertTrue(future.cancel(true));

    // the exchange is aborted, not left to run into the 30 s read timeout: the dispatcher empties
    for (int i = 0; i < 100 && dispatcher.runningCallsCount() > 0; i++) {
      Thread.sleep(50);
    }
    assertEquals(0, dispatcher.runningCallsCount());
    assertTrue(future.isCancelled());
  }
}
