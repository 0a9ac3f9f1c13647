package io.github.planesdk;

import static io.github.planesdk.Fixtures.API_KEY;
import static io.github.planesdk.Fixtures.USER;
import static io.github.planesdk.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.errors.PlaneException;
import io.github.planesdk.http.FakeTime;
import io.github.planesdk.v2.model.WorkItem;
import io.github.planesdk.v2.model.WorkItemCreate;
import io.github.planesdk.v2.model.WorkItemUpdate;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code plane.v2()}: API v2 on the client's one HTTP stack, pacer and credentials. */
@ExtendWith(MockWebServers.class)
class PlaneV2Test {
  private static final String V2_USER =
      "{\"id\":\"ecfe465b-8a7c-4954-aff0-1e727123bf24\",\"display_name\":\"sdk-tester\"}";

  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private PlaneClient plane;

  @BeforeEach
  void start() {
    plane = Fixtures.client(server, time).build();
  }

  @AfterEach
  void stop() throws IOException {
    plane.close();
  }

  private MockResponse budget(MockResponse response, int remaining) {
    return response
        .setHeader("X-RateLimit-Remaining", remaining)
        .setHeader("X-RateLimit-Reset", time.instant().getEpochSecond() + 60);
  }

  @Test
  void aV1AnswerThatSpendsTheBudgetPacesTheNextV2Call() throws InterruptedException {
    server.enqueue(budget(json(200, USER), 0));
    server.enqueue(budget(json(200, V2_USER), 59));

    plane.users().getCurrentUser().execute();
    assertTrue(time.sleeps().isEmpty());
    plane.v2().users().getCurrentUser().execute();

    assertEquals(List.of(Duration.ofSeconds(60)), time.sleeps());
    RecordedRequest v1 = server.takeRequest();
    RecordedRequest v2 = server.takeRequest();
    assertEquals("/api/v1/users/me/", v1.getPath());
    assertEquals("/api/v2/users/me/", v2.getPath());
    assertEquals(API_KEY, v1.getHeader("X-API-Key"));
    assertEquals(API_KEY, v2.getHeader("X-API-Key"));
  }

  @Test
  void aV2AnswerThatSpendsTheBudgetPacesTheNextV1Call() {
    server.enqueue(budget(json(200, V2_USER), 0));
    server.enqueue(budget(json(200, USER), 59));

    plane.v2().users().getCurrentUser().execute();
    plane.users().getCurrentUser().execute();

    assertEquals(List.of(Duration.ofSeconds(60)), time.sleeps());
  }

  @Test
  void aV2CallIsRetriedAfterA429LikeV1() throws InterruptedException {
    server.enqueue(
        V2Fixtures.problem(429, "rate_limited", "rate_limited", "Rate limit exceeded.", null)
            .setHeader("Retry-After", "7"));
    server.enqueue(json(200, V2_USER));

    assertEquals("sdk-tester", plane.v2().users().getCurrentUser().execute().getDisplayName());

    assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
    assertEquals(2, server.getRequestCount());
  }

  /**
   * A v2 POST or PATCH goes out once whatever the fault: OkHttp's own follow-ups of a 503 with
   * {@code Retry-After: 0} or a 408, or a connection that drops once the request is written.
   */
  @ParameterizedTest
  @CsvSource({
    "POST, 503, PlaneServerException", "POST, 408, PlaneApiException",
    "POST, drop, PlaneConnectionException", "PATCH, 503, PlaneServerException",
    "PATCH, 408, PlaneApiException", "PATCH, drop, PlaneConnectionException"
  })
  void aV2WriteIsNeverSentTwice(String method, String fault, String thrown) throws InterruptedException {
    server.enqueue(
        fault.equals("drop")
            ? new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST)
            : V2Fixtures.problem(Integer.parseInt(fault), "unavailable", "unavailable", "Try again.", null)
                .setHeader("Retry-After", "0"));
    server.enqueue(json(200, V2Fixtures.workItem(UUID.randomUUID(), 1)));
    PlaneCall<WorkItem> write =
        method.equals("POST")
            ? plane.v2().workItems().createWorkItem("my-team", "ENG", new WorkItemCreate().name("W"))
            : plane.v2().workItems().updateWorkItem("my-team", "ENG", UUID.randomUUID(), new WorkItemUpdate().name("W"));

    PlaneException e = assertThrows(PlaneException.class, write::execute);

    assertEquals(thrown, e.getClass().getSimpleName(), e.toString());
    assertTrue(
        e.getMessage().startsWith(method + " /api/v2/workspaces/{slug}/projects/{project_id}/work-items/"),
        e.getMessage());
    assertEquals(1, server.getRequestCount());
    assertEquals(method, server.takeRequest().getMethod());
    assertTrue(time.sleeps().isEmpty(), "waited: " + time.sleeps());
  }

  @Test
  void theSameClientAnswersTheSameV2Instance() {
    assertSame(plane.v2(), plane.v2());
    assertSame(plane.v2().workItems(), plane.v2().workItems());
  }

  /** Every generated v2 API interface has its accessor, so a family added to the spec gets one. */
  @Test
  void everyV2FamilyHasAnAccessor() throws IOException {
    Set<String> families;
    try (Stream<Path> files = Files.list(Path.of("target/classes/io/github/planesdk/v2/api"))) {
      families =
          files.map(f -> f.getFileName().toString())
              .filter(n -> n.endsWith("Api.class"))
              .map(n -> n.substring(0, n.length() - ".class".length()))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> accessors = new TreeSet<>();
    for (Method m : PlaneV2.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0) {
        assertTrue(m.getReturnType().isInstance(invoke(m)), m.getName());
        accessors.add(m.getReturnType().getSimpleName());
      }
    }
    assertEquals(66, families.size());
    assertEquals(families, accessors);
  }

  private Object invoke(Method accessor) {
    try {
      return accessor.invoke(plane.v2());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
