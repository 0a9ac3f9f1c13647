package io.github.planesdk.internal;

import static io.github.planesdk.Fixtures.PROJECT_ID;
import static io.github.planesdk.Fixtures.SLUG;
import static io.github.planesdk.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.Fixtures;
import io.github.planesdk.MockWebServers;
import io.github.planesdk.PlaneClient;
import io.github.planesdk.api.ProjectsApi.GetProjectSummaryRequest;
import io.github.planesdk.api.ProjectsApi.ListProjectsRequest;
import io.github.planesdk.api.ProjectsApi;
import io.github.planesdk.http.FakeTime;
import io.github.planesdk.internal.CollectionFormats.CSVParams;
import io.github.planesdk.model.ProjectCreate;
import io.github.planesdk.model.ProjectUpdate;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

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

  /** Calls the generated Retrofit method behind {@code projects}, every parameter in place. */
  private void route(String operation, Object... arguments) throws Throwable {
    Field endpoints = ProjectsApi.class.getDeclaredField("endpoints");
    endpoints.setAccessible(true);
    Object routes = endpoints.get(projects);
    for (Method method : endpoints.getType().getMethods()) {
      if (method.getName().equals(operation)) {
        method.setAccessible(true);
        try {
          method.invoke(routes, arguments);
          return;
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    }
    throw new AssertionError("no route " + operation);
  }

  @Test
  void nullOrBlankPathParameters() {
    assertRefused("slug", () -> projects.getProject(null, PROJECT_ID).call());
    assertRefused("path parameter slug must not be blank", () -> projects.getProject(" ", PROJECT_ID).call());
    assertRefused("path parameter pk must not be null", () -> projects.getProject(SLUG, null).call());
    assertRefused("slug", () -> projects.createProject("", new ProjectCreate().name("P").identifier("P")));
  }

  @Test
  void missingBody() {
    assertThrows(IllegalArgumentException.class, () -> projects.createProject(SLUG, null));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void projectNameAndIdentifierFollowTheServersRule() {
    // the open-source server answers 400 "Project name cannot contain special characters."
    for (String name : List.of("Q&A", "v1.2", "Ops (old)", "a-b", "50%", "x@y")) {
      assertRefused(
          "ProjectCreate.name must match",
          () -> projects.createProject(SLUG, new ProjectCreate().name(name).identifier("P")).execute());
    }
    assertRefused("ProjectCreate.identifier must match", () -> new ProjectCreate().identifier("WEB-1"));
    assertRefused(
        "ProjectCreate.identifier must be 1 to 12 characters long, was 13",
        () -> new ProjectCreate().identifier("ABCDEFGHIJKLM"));
    assertRefused("ProjectUpdate.name must be 1 to 255 characters long, was 0", () -> new ProjectUpdate().name(""));
    // lower case is fine: the server stores the identifier upper-cased
    assertEquals("web", new ProjectCreate().name("Web team 2").identifier("web").getIdentifier());
  }

  @Test
  void aModelThatIsOnlyAnsweredTakesWhateverTheServerSaid() throws IOException {
    // a project made before the server's rule, and an identifier longer than the spec's 12
    String answered = Fixtures.project(PROJECT_ID, "Ops (old) - 2019").replace("\"identifier\":\"", "\"identifier\":\"LEGACYPROJECT");
    io.github.planesdk.model.Project project =
        io.github.planesdk.json.PlaneJson.moshi().adapter(io.github.planesdk.model.Project.class).fromJson(answered);

    io.github.planesdk.model.Project copy = new io.github.planesdk.model.Project();
    copy.setName(project.getName());
    copy.setIdentifier(project.getIdentifier());
    assertEquals("Ops (old) - 2019", copy.getName());
    assertTrue(copy.getIdentifier().startsWith("LEGACYPROJECT"), copy.getIdentifier());
    // sending it back is still checked: the request model refuses what the server would refuse
    assertRefused("ProjectUpdate.name must match", () -> new ProjectUpdate().name(project.getName()));
  }

  @Test
  void perPageOutOfRange() {
    assertRefused("per_page must be between 1 and 1000, was 0", () -> projects.listProjects(SLUG).perPage(0).call());
    assertRefused("was -5", () -> projects.listProjects(SLUG).perPage(-5).call());
    assertRefused("was 1001", () -> projects.listProjects(SLUG).perPage(1001).call());
  }

  @Test
  void boundsComeFromTheSpecOfEachList() {
    // the *-lite lists stop at 100, API v2 at 200 and an offset of 10000, a search limit at 1
    assertRefused(
        "per_page must be between 1 and 100, was 101",
        () -> projects.listProjectsLite(SLUG).perPage(101).call());
    io.github.planesdk.v2.api.ProjectsApi v2 = plane.v2().projects();
    assertRefused("per_page must be between 1 and 200, was 201", () -> v2.listProjects(SLUG).perPage(201).call());
    assertRefused("offset must be between 0 and 10000, was 10001", () -> v2.listProjects(SLUG).offset(10001).call());
    assertRefused(
        "limit must be at least 1, was 0",
        () -> plane.workItems().searchWorkItems(SLUG).search("release").limit(0).call());
  }

  @Test
  void singleValuedNamesAreTypedAndCheckedToo() throws InterruptedException {
    io.github.planesdk.v2.api.ProjectsApi v2 = plane.v2().projects();
    // the String form stays (the pagers use it), but a name the spec does not list is refused
    assertRefused(
        "paginate names \"keyset\", which listProjects does not know; allowed: offset, cursor",
        () -> v2.listProjects(SLUG).paginate("keyset").call());

    server.enqueue(io.github.planesdk.V2Fixtures.cursorPage(List.of(PROJECT_ID), null));
    v2.listProjects(SLUG).paginate(io.github.planesdk.v2.api.ProjectsApi.ListProjectsRequest.Paginate.CURSOR).execute();
    assertEquals("/api/v2/workspaces/sdk-test/projects/?paginate=cursor", server.takeRequest().getPath());
  }

  @Test
  void unknownFieldsAndExpandNames() {
    // the public requests take only the enum constants; the routes they call check again
    assertRefused(
        "fields names \"nme\", which getProject does not know; allowed: id, name, identifier,",
        () -> route("getProject", SLUG, PROJECT_ID, new CSVParams("id", "nme"), null));
    assertRefused(
        "expand names \"owner\"",
        () -> route("listProjects", SLUG, null, 100, null, new CSVParams("owner"), null));
    // the server does not trim names, so " name" would silently match nothing
    assertRefused(
        "\" name\"", () -> route("listProjects", SLUG, null, 100, new CSVParams("id", " name"), null, null));
    // here fields names counts, not model fields
    assertRefused(
        "getProjectSummary does not know",
        () -> route("getProjectSummary", SLUG, PROJECT_ID, new CSVParams("states", "work_itemz")));
    // expand allows only the expandable fields
    assertRefused("expand names \"name\"", () -> route("getProject", SLUG, PROJECT_ID, null, new CSVParams("name")));
  }

  @Test
  void validArgumentsAreSent() throws InterruptedException {
    server.enqueue(json(200, Fixtures.projectPage(1000, 0, false, List.of(PROJECT_ID))));
    server.enqueue(json(200, "{\"id\":\"" + PROJECT_ID + "\",\"counts\":{\"states\":5}}"));

    projects
        .listProjects(SLUG)
        .perPage(1000)
        .fields(ListProjectsRequest.Fields.ID, ListProjectsRequest.Fields.NAME)
        .expand(ListProjectsRequest.Expand.PROJECT_LEAD)
        .execute();

    RecordedRequest request = server.takeRequest();
    assertEquals("1000", request.getRequestUrl().queryParameter("per_page"));
    assertEquals("id,name", request.getRequestUrl().queryParameter("fields"));
    assertEquals("project_lead", request.getRequestUrl().queryParameter("expand"));
    assertEquals(5, projects.getProjectSummary(SLUG, PROJECT_ID).fields(GetProjectSummaryRequest.Fields.STATES).execute().getCounts().get("states"));
  }
}
