package io.github.planesdk.paging;

import static io.github.planesdk.Fixtures.SLUG;
import static io.github.planesdk.Fixtures.json;
import static io.github.planesdk.Fixtures.projectPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.Fixtures;
import io.github.planesdk.MockWebServers;
import io.github.planesdk.PlaneClient;
import io.github.planesdk.errors.PlaneNotFoundException;
import io.github.planesdk.errors.PlanePaginationException;
import io.github.planesdk.http.FakeTime;
import io.github.planesdk.model.Project;
import io.github.planesdk.model.ProjectPage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MockWebServers.class)
class PagerTest {
  private final MockWebServer server = new MockWebServer();
  private PlaneClient plane;
  private Pager<Project> projects;

  @BeforeEach
  void start() throws IOException {
    plane = Fixtures.client(server, new FakeTime()).build();
    projects =
        Pager.of((cursor, perPage) -> plane.projects().listProjects(SLUG).cursor(cursor).perPage(perPage).call());
  }

  @AfterEach
  void stop() throws IOException {
    plane.close();
  }

  private static List<UUID> ids(int n) {
    return IntStream.range(0, n).mapToObj(i -> UUID.randomUUID()).collect(Collectors.toList());
  }

  private void enqueuePage(int perPage, int page, boolean more, List<UUID> ids) {
    server.enqueue(json(200, projectPage(perPage, page, more, ids)));
  }

  private HttpUrl takeUrl() throws InterruptedException {
    return server.takeRequest().getRequestUrl();
  }

  @Test
  void aPageWithoutNextPageResultsIsAnErrorNotAnEnd() {
    String page = projectPage(2, 0, true, ids(2)).replace("\"next_page_results\":true,", "");
    server.enqueue(json(200, page));

    PlanePaginationException e =
        assertThrows(PlanePaginationException.class, () -> projects.perPage(2).items().forEach(p -> { }));

    assertEquals(
        "GET /api/v1/workspaces/{slug}/projects/: the page at the start has no next_page_results:"
            + " cannot tell whether more pages follow",
        e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void iteratesEveryItemAcrossPagesAndStopsOnTheLastPage() throws InterruptedException {
    List<UUID> first = ids(2);
    List<UUID> second = ids(2);
    List<UUID> third = ids(1);
    enqueuePage(2, 0, true, first);
    enqueuePage(2, 1, true, second);
    enqueuePage(2, 2, false, third); // its next_cursor "2:3:0" must not be followed

    List<UUID> seen = new ArrayList<>();
    for (Project p : projects.perPage(2).items()) {
      seen.add(p.getId());
    }

    List<UUID> all = new ArrayList<>(first);
    all.addAll(second);
    all.addAll(third);
    assertEquals(all, seen);
    assertEquals(3, server.getRequestCount());
    HttpUrl url = takeUrl();
    assertNull(url.queryParameter("cursor"));
    assertEquals("2", url.queryParameter("per_page"));
    assertEquals("2:1:0", takeUrl().queryParameter("cursor"));
    assertEquals("2:2:0", takeUrl().queryParameter("cursor"));
  }

  @Test
  void defaultsToOneHundredPerPage() throws InterruptedException {
    enqueuePage(100, 0, false, ids(3));

    assertEquals(3, projects.items().stream().count());
    assertEquals("100", takeUrl().queryParameter("per_page"));
  }

  @Test
  void streamFetchesOnlyThePagesItUses() {
    enqueuePage(2, 0, true, ids(2));
    enqueuePage(2, 1, true, ids(2));

    List<Project> firstThree = projects.perPage(2).items().stream().limit(3).collect(Collectors.toList());

    assertEquals(3, firstThree.size());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void pagesCarryTheirCursors() {
    enqueuePage(2, 0, true, ids(2));
    enqueuePage(2, 1, false, ids(1));

    List<Page<Project>> pages = new ArrayList<>();
    projects.perPage(2).pages().forEach(pages::add);

    assertEquals(2, pages.size());
    assertNull(pages.get(0).cursor());
    assertEquals("2:1:0", pages.get(0).nextCursor().orElseThrow());
    assertFalse(pages.get(0).isLast());
    assertEquals("2:1:0", pages.get(1).cursor());
    assertTrue(pages.get(1).isLast());
    assertFalse(pages.get(1).nextCursor().isPresent());
    assertTrue(pages.get(1).envelope() instanceof ProjectPage);
  }

  @Test
  void resumesFromASavedCursor() throws InterruptedException {
    List<UUID> first = ids(2);
    List<UUID> rest = ids(2);
    enqueuePage(2, 0, true, first);
    Iterator<Page<Project>> pages = projects.perPage(2).pages().iterator();
    String saved = pages.next().nextCursor().orElseThrow(); // stop here, e.g. at shutdown
    takeUrl();

    enqueuePage(2, 1, false, rest);
    List<UUID> resumed =
        projects.perPage(2).startingAt(saved).items().stream().map(Project::getId).collect(Collectors.toList());

    assertEquals(rest, resumed);
    assertEquals("2:1:0", takeUrl().queryParameter("cursor"));
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aCursorForAnotherPageSizeIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> projects.perPage(50).startingAt("100:3:0").items());

    assertTrue(e.getMessage().contains("perPage(100)"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aCursorThatDoesNotAdvanceEndsTheWalk() {
    // the second page points back at itself
    server.enqueue(json(200, projectPage(2, 0, true, ids(2))));
    server.enqueue(json(200, projectPage(2, 0, true, ids(2))));
    server.enqueue(json(200, projectPage(2, 0, true, ids(2))));

    List<UUID> seen = new ArrayList<>();
    PlanePaginationException e =
        assertThrows(
            PlanePaginationException.class,
            () -> projects.perPage(2).items().forEach(p -> seen.add(p.getId())));

    assertTrue(e.getMessage().contains("does not advance"), e.getMessage());
    assertEquals("2:1:0", e.cursor());
    assertEquals(2, seen.size());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aLoopOfSeveralCursorsEndsTheWalk() {
    // 2:1:0 -> 2:2:0 -> 2:3:0 -> back to 2:1:0, each page with new items
    for (int round = 0; round < 4; round++) {
      enqueuePage(2, 0, true, ids(2));
      enqueuePage(2, 1, true, ids(2));
      enqueuePage(2, 2, true, ids(2));
    }

    PlanePaginationException e =
        assertThrows(PlanePaginationException.class, () -> projects.perPage(2).items().forEach(p -> {}));

    assertTrue(e.getMessage().contains("does not advance"), e.getMessage());
    // found within twice the loop and the way into it, without remembering every cursor
    assertTrue(server.getRequestCount() <= 8, "requests: " + server.getRequestCount());
  }

  @Test
  void aRepeatedPageEndsTheWalk() {
    // Plane bug #9340: the cursor advances, the items do not
    List<UUID> same = ids(2);
    for (int page = 0; page < 4; page++) {
      enqueuePage(2, page, true, same);
    }

    PlanePaginationException e =
        assertThrows(PlanePaginationException.class, () -> projects.perPage(2).items().forEach(p -> {}));

    assertTrue(e.getMessage().contains("#9340"), e.getMessage());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void anEmptyPageThatPromisesMoreEndsTheWalk() {
    enqueuePage(2, 0, true, List.of());

    assertThrows(PlanePaginationException.class, () -> projects.perPage(2).items().forEach(p -> {}));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void maxPagesStopsQuietly() {
    for (int page = 0; page < 5; page++) {
      enqueuePage(2, page, true, ids(2));
    }

    assertEquals(4, projects.perPage(2).maxPages(2).items().stream().count());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void anEmptyListHasNoItems() {
    enqueuePage(100, 0, false, List.of());

    assertFalse(projects.items().iterator().hasNext());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void eachIterationStartsOver() {
    enqueuePage(100, 0, false, ids(1));
    enqueuePage(100, 0, false, ids(1));

    PagedIterable<Project> items = projects.items();
    assertEquals(1, items.stream().count());
    assertEquals(1, items.stream().count());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void errorsPropagateTyped() {
    server.enqueue(json(404, "{\"error\":\"Workspace does not exist\"}"));

    PlaneNotFoundException e =
        assertThrows(PlaneNotFoundException.class, () -> projects.items().iterator().hasNext());
    assertEquals("Workspace does not exist", e.serverMessage());
  }

  @Test
  void perPageIsChecked() {
    assertThrows(IllegalArgumentException.class, () -> projects.perPage(0));
    assertThrows(IllegalArgumentException.class, () -> projects.perPage(101));
    assertThrows(IllegalArgumentException.class, () -> projects.maxPages(0));
    assertEquals(0, server.getRequestCount());
  }
}
