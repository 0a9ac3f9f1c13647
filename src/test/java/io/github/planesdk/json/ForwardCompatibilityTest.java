package io.github.planesdk.json;

import static io.github.planesdk.Fixtures.PROJECT_ID;
import static io.github.planesdk.Fixtures.SLUG;
import static io.github.planesdk.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.planesdk.Fixtures;
import io.github.planesdk.PlaneClient;
import io.github.planesdk.http.FakeTime;
import io.github.planesdk.model.Project;
import io.github.planesdk.model.Project.NetworkEnum;
import java.io.IOException;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A newer server may add fields and enum values; this SDK keeps decoding. */
class ForwardCompatibilityTest {
  private final MockWebServer server = new MockWebServer();
  private PlaneClient plane;

  @BeforeEach
  void start() throws IOException {
    server.start();
    plane = Fixtures.client(server, new FakeTime()).build();
  }

  @AfterEach
  void stop() throws IOException {
    plane.close();
    server.shutdown();
  }

  private Project project(String body) {
    server.enqueue(json(200, body));
    return plane.projects().getProject(SLUG, PROJECT_ID, null, null).execute();
  }

  @Test
  void unknownFieldsAreIgnored() {
    Project p =
        project(
            "{\"id\":\"" + PROJECT_ID + "\",\"name\":\"P\",\"brand_new\":{\"nested\":[1,2]},"
                + "\"another\":null,\"network\":2}");

    assertEquals(PROJECT_ID, p.getId());
    assertEquals("P", p.getName());
    assertEquals(NetworkEnum.PUBLIC, p.getNetwork());
  }

  @Test
  void unknownEnumValueBecomesUnknown() {
    assertEquals(NetworkEnum.UNKNOWN, project("{\"network\":7}").getNetwork());
    assertEquals(NetworkEnum.UNKNOWN, project("{\"network\":\"friends\"}").getNetwork());
    assertEquals(NetworkEnum.SECRET, project("{\"network\":0}").getNetwork());
  }
}
