package io.github.planesdk.surface;

import static io.github.planesdk.Fixtures.PROJECT_ID;
import static io.github.planesdk.Fixtures.SLUG;
import static io.github.planesdk.Fixtures.json;
import static io.github.planesdk.Fixtures.projectPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.planesdk.api.ProjectsApi.ListProjectsRequest;
import io.github.planesdk.api.WorkItemsApi.GetWorkItemRequest;
import io.github.planesdk.api.WorkItemsApi.ListWorkItemsRequest;
import io.github.planesdk.errors.PlanePaginationException;
import io.github.planesdk.model.Project;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Named optional parameters, typed fields/expand, and auto-paging from the list call. */
class RequestSurfaceTest extends MockPlaneTest {
  private static final UUID A = UUID.fromString("00000000-0000-4000-8000-00000000000a");
  private static final UUID B = UUID.fromString("00000000-0000-4000-8000-00000000000b");
  private static final UUID C = UUID.fromString("00000000-0000-4000-8000-00000000000c");

  private String path() throws InterruptedException {
    return server.takeRequest().getPath();
  }

  @Test
  void optionalParametersAreSentByNameAndUnsetOnesAreLeftOut() throws Exception {
    server.enqueue(json(200, "{\"id\":\"" + A + "\"}"));
    plane.workItems().getWorkItem(SLUG, PROJECT_ID, A)
        .expand(GetWorkItemRequest.Expand.STATE, GetWorkItemRequest.Expand.ASSIGNEES)
        .execute();
    assertEquals(
        "/api/v1/workspaces/sdk-test/projects/" + PROJECT_ID + "/work-items/" + A
            + "/?expand=state%2Cassignees",
        path());
  }

  @Test
  void listParametersCombine() throws Exception {
    server.enqueue(json(200, "{\"next_page_results\":false,\"results\":[]}"));
    plane.workItems().listWorkItems(SLUG, PROJECT_ID)
        .perPage(50)
        .fields(ListWorkItemsRequest.Fields.ID, ListWorkItemsRequest.Fields.NAME)
        .orderBy("-created_at")
        .execute();
    String path = path();
    assertEquals(
        "/api/v1/workspaces/sdk-test/projects/" + PROJECT_ID
            + "/work-items/?per_page=50&fields=id%2Cname&order_by=-created_at",
        path);
  }

  @Test
  void aRequestIsImmutable() throws Exception {
    ListProjectsRequest base = plane.projects().listProjects(SLUG);
    ListProjectsRequest small = base.perPage(5);
    server.enqueue(json(200, projectPage(100, 0, false, List.of())));
    server.enqueue(json(200, projectPage(5, 0, false, List.of())));
    base.execute();
    small.execute();
    assertEquals("/api/v1/workspaces/sdk-test/projects/", path());
    assertEquals("/api/v1/workspaces/sdk-test/projects/?per_page=5", path());
  }

  @Test
  void noValuesLeaveAListParameterOut() throws Exception {
    server.enqueue(json(200, "{\"id\":\"" + A + "\"}"));
    plane.workItems().getWorkItem(SLUG, PROJECT_ID, A).expand().execute();
    assertNull(server.takeRequest().getRequestUrl().queryParameter("expand"));
  }

  @Test
  void aNullValueIsRefusedNamingTheParameter() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> plane.workItems().getWorkItem(SLUG, PROJECT_ID, A)
                .expand(GetWorkItemRequest.Expand.STATE, null));
    assertEquals("expand must not contain null", e.getMessage());
  }

  @Test
  void argumentsAreCheckedBeforeSending() {
    assertThrows(
        IllegalArgumentException.class,
        () -> plane.projects().listProjects(SLUG).perPage(5000).execute());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void autoPagerWalksEveryPageWithTheRequestsParameters() throws Exception {
    server.enqueue(json(200, projectPage(2, 0, true, List.of(A, B))));
    server.enqueue(json(200, projectPage(2, 1, false, List.of(C))));
    List<UUID> ids =
        plane.projects().listProjects(SLUG).perPage(2).autoPager().stream()
            .map(Project::getId)
            .collect(Collectors.toList());
    assertEquals(List.of(A, B, C), ids);
    assertEquals("/api/v1/workspaces/sdk-test/projects/?per_page=2", path());
    assertEquals("/api/v1/workspaces/sdk-test/projects/?cursor=2%3A1%3A0&per_page=2", path());
  }

  @Test
  void autoPagerResumesAtTheRequestsCursor() throws Exception {
    server.enqueue(json(200, projectPage(2, 1, false, List.of(C))));
    List<Project> items = plane.projects().listProjects(SLUG).perPage(2).cursor("2:1:0")
        .autoPager().stream().collect(Collectors.toList());
    assertEquals(1, items.size());
    RecordedRequest request = server.takeRequest();
    assertEquals("2:1:0", request.getRequestUrl().queryParameter("cursor"));
  }

  @Test
  void maxPagesBoundsTheWalk() {
    server.enqueue(json(200, projectPage(1, 0, true, List.of(A))));
    server.enqueue(json(200, projectPage(1, 1, true, List.of(B))));
    assertEquals(2, plane.projects().listProjects(SLUG).perPage(1).pager().maxPages(2)
        .items().stream().count());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aServerThatIgnoresTheCursorEndsTheWalk() {
    server.enqueue(json(200, projectPage(1, 0, true, List.of(A))));
    server.enqueue(json(200, projectPage(1, 0, true, List.of(A))));
    assertThrows(
        PlanePaginationException.class,
        () -> plane.projects().listProjects(SLUG).perPage(1).autoPager().forEach(p -> { }));
  }

  @Test
  void aPageOrMatchListWalksLikeAnyOther() throws Exception {
    server.enqueue(json(200, "{\"next_page_results\":false,\"next_cursor\":\"100:1:0\","
        + "\"results\":[{\"id\":\"" + A + "\"},{\"id\":\"" + B + "\"}]}"));
    assertEquals(2, plane.workItems().listWorkItems(SLUG, PROJECT_ID).autoPager().stream().count());
    assertEquals("100", server.takeRequest().getRequestUrl().queryParameter("per_page"));
  }
}
