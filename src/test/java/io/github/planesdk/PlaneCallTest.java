package io.github.planesdk;

import static io.github.planesdk.Fixtures.API_KEY;
import static io.github.planesdk.Fixtures.SLUG;
import static io.github.planesdk.Fixtures.USER;
import static io.github.planesdk.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.planesdk.http.FakeTime;
import io.github.planesdk.model.Project;
import io.github.planesdk.model.ProjectCreate;
import io.github.planesdk.model.UserLite;
import java.io.IOException;
import java.util.UUID;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A {@code PlaneCall} can be run again, and every run sends the request built when the call was
 * made, byte for byte.
 */
@ExtendWith(MockWebServers.class)
class PlaneCallTest {
  private final MockWebServer server = new MockWebServer();
  private PlaneClient plane;

  @BeforeEach
  void start() throws IOException {
    plane = Fixtures.client(server, new FakeTime()).build();
  }

  @AfterEach
  void stop() throws IOException {
    plane.close();
  }

  @Test
  void eachRunSendsTheRequestAgain() throws InterruptedException {
    PlaneCall<UserLite> call = plane.users().getCurrentUser();
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(200, USER));
    }

    for (int i = 0; i < 3; i++) {
      assertEquals("sdk-tester", call.execute().getDisplayName());
    }

    assertEquals(3, server.getRequestCount());
    for (int i = 0; i < 3; i++) {
      RecordedRequest sent = server.takeRequest();
      assertEquals("/api/v1/users/me/", sent.getPath());
      assertEquals(API_KEY, sent.getHeader("X-API-Key"));
    }
    // the request of the call is still the one without the key
    assertNull(call.request().header("X-API-Key"));
  }

  @Test
  void aBodyIsSentWholeOnEveryRun() throws InterruptedException {
    PlaneCall<Project> call = plane.projects().createProject(SLUG, new ProjectCreate().name("Bench").identifier("BEN"));
    server.enqueue(json(201, Fixtures.project(UUID.randomUUID(), "Bench")));
    server.enqueue(json(201, Fixtures.project(UUID.randomUUID(), "Bench")));

    call.execute();
    call.executeForResponse();

    String first = server.takeRequest().getBody().readUtf8();
    String second = server.takeRequest().getBody().readUtf8();
    assertEquals("{\"identifier\":\"BEN\",\"name\":\"Bench\"}", first);
    assertEquals(first, second);
  }

  @Test
  void everyRunSendsTheBodyBuiltWhenTheCallWasMade() throws InterruptedException {
    ProjectCreate model = new ProjectCreate().name("Bench").identifier("BEN");
    PlaneCall<Project> call = plane.projects().createProject(SLUG, model);
    model.name("Changed after the call was made");
    server.enqueue(json(201, Fixtures.project(UUID.randomUUID(), "Bench")));
    server.enqueue(json(201, Fixtures.project(UUID.randomUUID(), "Bench")));

    call.execute();
    call.execute();

    assertEquals("{\"identifier\":\"BEN\",\"name\":\"Bench\"}", server.takeRequest().getBody().readUtf8());
    assertEquals("{\"identifier\":\"BEN\",\"name\":\"Bench\"}", server.takeRequest().getBody().readUtf8());
  }
}
