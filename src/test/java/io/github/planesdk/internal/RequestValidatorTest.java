package io.github.planesdk.internal;

import static io.github.planesdk.Fixtures.PROJECT_ID;
import static io.github.planesdk.Fixtures.SLUG;
import static io.github.planesdk.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.Fixtures;
import io.github.planesdk.PlaneClient;
import io.github.planesdk.api.ProjectsApi;
import io.github.planesdk.http.FakeTime;
import io.github.planesdk.internal.CollectionFormats.CSVParams;
import io.github.planesdk.model.ProjectCreate;
import java.io.IOException;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.extension.ExtendWith;
import io.github.planesdk.MockWebServers;

/** Bad arguments fail at the call site, naming the parameter, and nothing is sent. */
@ExtendWith(MockWebServers.class)
class RequestValidatorTest {
  private final MockWebServer server = new MockWebServer();
  private PlaneClient plane;
  private ProjectsApi projects;

  @BeforeEach
  void start() throws IOException {
    plane = Fixtures.client(server, new FakeTime()).build();
    projects = plane.projects();
  }

  @AfterEach
  void stop() throws IOException {
    plane.close();
  }

  private void assertRefused(String expectedInMessage, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
    assertEquals(0, server.getRequestCount(), "a request was sent");
  }

  @Test
  void nullOrBlankPathParameters() {
    assertRefused("slug", () -> projects.getProject(null, PROJECT_ID, null, null));
    assertRefused("path parameter slug must not be blank", () -> projects.getProject(" ", PROJECT_ID, null, null));
    assertRefused("\"pk\"", () -> projects.getProject(SLUG, null, null, null));
    assertRefused("slug", () -> projects.createProject("", new ProjectCreate().name("P").identifier("P")));
  }

  @Test
  void missingBody() {
    assertThrows(IllegalArgumentException.class, () -> projects.createProject(SLUG, null));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void perPageOutOfRange() {
    assertRefused("per_page must be between 1 and 1000, was 0", () -> projects.listProjects(SLUG, null, 0, null, null, null));
    assertRefused("was -5", () -> projects.listProjects(SLUG, null, -5, null, null, null));
    assertRefused("was 1001", () -> projects.listProjects(SLUG, null, 1001, null, null, null));
  }

  @Test
  void unknownFieldsAndExpandNames() {
    assertRefused(
        "fields names \"nme\", which getProject does not know; allowed: id, name, identifier,",
        () -> projects.getProject(SLUG, PROJECT_ID, new CSVParams("id", "nme"), null));
    assertRefused(
        "expand names \"owner\"",
        () -> projects.listProjects(SLUG, null, 100, null, new CSVParams("owner"), null));
    // the server does not trim names, so " name" would silently match nothing
    assertRefused(
        "\" name\"", () -> projects.listProjects(SLUG, null, 100, new CSVParams("id", " name"), null, null));
    // here fields names counts, not model fields
    assertRefused(
        "getProjectSummary does not know",
        () -> projects.getProjectSummary(SLUG, PROJECT_ID, new CSVParams("states", "work_itemz")));
    // expand allows only the expandable fields
    assertRefused("expand names \"name\"", () -> projects.getProject(SLUG, PROJECT_ID, null, new CSVParams("name")));
  }

  @Test
  void validArgumentsAreSent() throws InterruptedException {
    server.enqueue(json(200, Fixtures.projectPage(1000, 0, false, List.of(PROJECT_ID))));
    server.enqueue(json(200, "{\"id\":\"" + PROJECT_ID + "\",\"counts\":{\"states\":5}}"));

    projects
        .listProjects(SLUG, null, 1000, new CSVParams("id", "name"), new CSVParams("project_lead"), null)
        .execute();

    RecordedRequest request = server.takeRequest();
    assertEquals("1000", request.getRequestUrl().queryParameter("per_page"));
    assertEquals("id,name", request.getRequestUrl().queryParameter("fields"));
    assertEquals("project_lead", request.getRequestUrl().queryParameter("expand"));
    assertEquals(5, projects.getProjectSummary(SLUG, PROJECT_ID, new CSVParams("states")).execute().getCounts().get("states"));
  }
}
