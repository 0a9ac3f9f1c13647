package io.github.planesdk.json;

import static io.github.planesdk.Fixtures.PROJECT_ID;
import static io.github.planesdk.Fixtures.SLUG;
import static io.github.planesdk.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import io.github.planesdk.Fixtures;
import io.github.planesdk.MockWebServers;
import io.github.planesdk.PlaneClient;
import io.github.planesdk.http.FakeTime;
import io.github.planesdk.model.Project.NetworkEnum;
import io.github.planesdk.model.Project;
import io.github.planesdk.model.StateGroup;
import java.io.IOException;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A newer server may add fields and enum values; this SDK keeps decoding. */
@ExtendWith(MockWebServers.class)
class ForwardCompatibilityTest {
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

  private Project project(String body) {
    server.enqueue(json(200, body));
    return plane.projects().getProject(SLUG, PROJECT_ID).execute();
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
  void anUnknownEnumValueKeepsItsWireValue() {
    NetworkEnum friends = project("{\"network\":7}").getNetwork();

    assertTrue(friends.isUnknown());
    assertEquals(7, friends.rawValue());
    assertEquals("7", friends.toString());
    assertEquals("UNKNOWN", friends.name());
    assertEquals(NetworkEnum.fromValue(7), friends);
    assertNotEquals(NetworkEnum.UNKNOWN, friends);
    assertSame(NetworkEnum.SECRET, project("{\"network\":0}").getNetwork());
    assertFalse(NetworkEnum.SECRET.isUnknown());
  }

  @Test
  void anUnknownEnumValueIsWrittenBackUnchanged() {
    JsonAdapter<Project> adapter = PlaneJson.moshi().adapter(Project.class);
    Project read = project("{\"network\":7,\"name\":\"P\"}");
    StateGroup group = StateGroup.fromValue("on_hold");

    assertEquals("{\"name\":\"P\",\"network\":7}", adapter.toJson(read));
    assertEquals("\"on_hold\"", PlaneJson.moshi().adapter(StateGroup.class).toJson(group));
    assertEquals("on_hold", group.toString());
  }

  @Test
  void aValueOfTheWrongTypeIsTheBareUnknownWhichCannotBeSent() {
    assertSame(NetworkEnum.UNKNOWN, project("{\"network\":\"friends\"}").getNetwork());
    assertThrows(
        JsonDataException.class,
        () -> PlaneJson.moshi().adapter(Project.class).toJson(new Project().network(NetworkEnum.UNKNOWN)));
  }
}
