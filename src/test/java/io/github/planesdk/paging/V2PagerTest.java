package io.github.planesdk.paging;

import static io.github.planesdk.Fixtures.SLUG;
import static io.github.planesdk.V2Fixtures.LIST_WORK_ITEMS;
import static io.github.planesdk.V2Fixtures.cursorPage;
import static io.github.planesdk.V2Fixtures.data;
import static io.github.planesdk.V2Fixtures.offsetPage;
import static io.github.planesdk.V2Fixtures.problem;
import static io.github.planesdk.V2Fixtures.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.Fixtures;
import io.github.planesdk.MockWebServers;
import io.github.planesdk.PlaneClient;
import io.github.planesdk.errors.PlaneBadRequestException;
import io.github.planesdk.errors.PlanePaginationException;
import io.github.planesdk.http.FakeTime;
import io.github.planesdk.v2.api.WorkItemsApi.ListWorkItemsRequest;
import io.github.planesdk.v2.model.WorkItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** API v2 lists walked through a list request's autoPager(), in both pagination styles. */
@ExtendWith(MockWebServers.class)
class V2PagerTest {
  private static final String ORDERING_REFUSED =
      "This ordering can't be used with cursor pagination.";

  private final MockWebServer server = new MockWebServer();
  private PlaneClient plane;
  private ListWorkItemsRequest list;

  @BeforeEach
  void start() {
    plane = Fixtures.client(server, new FakeTime()).build();
    list = plane.v2().workItems().listWorkItems(SLUG, "ENG");
  }

  @AfterEach
  void stop() throws IOException {
    plane.close();
  }

  private static List<UUID> ids(int n) {
    return IntStream.range(0, n).mapToObj(i -> UUID.randomUUID()).collect(Collectors.toList());
  }

  private static List<UUID> idsOf(Iterable<WorkItem> items) {
    List<UUID> ids = new ArrayList<>();
    items.forEach(item -> ids.add(item.getId()));
    return ids;
  }

  private Map<String, String> nextQuery() throws InterruptedException {
    return query(server.takeRequest());
  }

  private static List<UUID> concat(List<UUID> a, List<UUID> b) {
    List<UUID> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void aFullWalkUsesCursorsAndSendsEveryParameterWithEveryPage() throws InterruptedException {
    List<UUID> first = ids(2);
    List<UUID> second = ids(1);
    server.enqueue(cursorPage(first, "b3A9MTcx"));
    server.enqueue(cursorPage(second, null));

    List<UUID> walked = idsOf(list.orderBy("created_at").perPage(2).autoPager());

    assertEquals(concat(first, second), walked);
    assertEquals(
        Map.of("paginate", "cursor", "per_page", "2", "order_by", "created_at"), nextQuery());
    assertEquals(
        Map.of("paginate", "cursor", "cursor", "b3A9MTcx", "per_page", "2", "order_by", "created_at"),
        nextQuery());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void pagesHold200ItemsUnlessTheRequestSaysOtherwise() throws InterruptedException {
    server.enqueue(cursorPage(ids(1), null));

    assertEquals(1, list.autoPager().stream().count());

    assertEquals(Map.of("paginate", "cursor", "per_page", "200"), nextQuery());
  }

  @Test
  void anOffsetWalkFollowsNextUntilItIsNull() throws InterruptedException {
    List<UUID> first = ids(2);
    List<UUID> second = ids(2);
    List<UUID> third = ids(1);
    server.enqueue(offsetPage(first, 2, null));
    server.enqueue(offsetPage(second, 4, 0));
    server.enqueue(offsetPage(third, null, 2));

    List<V2Page<WorkItem>> pages = new ArrayList<>();
    list.paginate("offset").perPage(2).pages().forEach(pages::add);

    assertEquals(List.of(first, second, third), pages.stream().map(p -> idsOf(p.items())).collect(Collectors.toList()));
    assertEquals(V2Pager.Style.OFFSET, pages.get(1).style());
    assertEquals(2, pages.get(1).offset().getAsInt());
    assertEquals(4, pages.get(1).nextOffset().getAsInt());
    assertTrue(pages.get(2).isLast());
    assertEquals(327, pages.get(0).envelope().getTotalCount());
    assertEquals(Map.of("paginate", "offset", "offset", "0", "per_page", "2"), nextQuery());
    assertEquals(Map.of("paginate", "offset", "offset", "2", "per_page", "2"), nextQuery());
    assertEquals(Map.of("paginate", "offset", "offset", "4", "per_page", "2"), nextQuery());
  }

  @Test
  void anOffsetWalkEndsWithAnErrorAtTheOffsetLimitAfterHandingOutEveryItemBeforeIt()
      throws InterruptedException {
    List<UUID> first = ids(2);
    List<UUID> second = ids(2);
    server.enqueue(offsetPage(first, 10000, 9996));
    server.enqueue(offsetPage(second, 10002, 9998));

    List<UUID> walked = new ArrayList<>();
    PlanePaginationException e =
        assertThrows(
            PlanePaginationException.class,
            () -> list.offset(9998).perPage(2).autoPager().forEach(w -> walked.add(w.getId())));

    assertEquals(concat(first, second), walked);
    assertEquals(
        LIST_WORK_ITEMS + ": the next page is at offset 10002, past API v2's offset limit of 10000;"
            + " walk the list with cursor paging to go further (a list request's autoPager()"
            + " without offset or paginate)",
        e.getMessage());
    assertEquals(10002, e.offset().getAsInt());
    // nothing is sent past the limit: the server would refuse it
    assertEquals(2, server.getRequestCount());
    assertEquals(Map.of("offset", "9998", "per_page", "2"), nextQuery());
    assertEquals(Map.of("offset", "10000", "per_page", "2"), nextQuery());
  }

  @Test
  void anOffsetPastTheLimitIsRefusedBeforeSending() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> list.offset(10001).autoPager());

    assertEquals(
        "offset must be between 0 and 10000, was 10001; walk deeper lists with cursor paging",
        e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aWalkWhoseOrderingCannotBackACursorSwitchesToOffset() throws InterruptedException {
    List<UUID> first = ids(2);
    List<UUID> second = ids(1);
    server.enqueue(
        problem(400, "invalid_request", "ordering_not_cursor_eligible", ORDERING_REFUSED, null));
    server.enqueue(offsetPage(first, 2, null));
    server.enqueue(offsetPage(second, null, 0));

    List<UUID> walked = idsOf(list.orderBy("priority").perPage(2).autoPager());

    assertEquals(concat(first, second), walked);
    assertEquals(Map.of("paginate", "cursor", "order_by", "priority", "per_page", "2"), nextQuery());
    assertEquals(Map.of("offset", "0", "order_by", "priority", "per_page", "2"), nextQuery());
    assertEquals(Map.of("offset", "2", "order_by", "priority", "per_page", "2"), nextQuery());
  }

  @Test
  void anOffsetWalkOfAListWithoutOffsetPagingSwitchesToCursor() throws InterruptedException {
    List<UUID> items = ids(2);
    server.enqueue(
        problem(400, "invalid_request", "count_pagination_disabled",
            "Offset and COUNT are disabled for this resource.", null));
    server.enqueue(cursorPage(items, null));

    assertEquals(items, idsOf(list.paginate("offset").autoPager()));

    assertEquals(Map.of("paginate", "offset", "offset", "0", "per_page", "200"), nextQuery());
    assertEquals(Map.of("paginate", "cursor", "per_page", "200"), nextQuery());
  }

  @Test
  void aResumedWalkDoesNotSwitchStyles() {
    server.enqueue(
        problem(400, "invalid_request", "ordering_not_cursor_eligible", ORDERING_REFUSED, null));

    PlaneBadRequestException e =
        assertThrows(
            PlaneBadRequestException.class,
            () -> list.orderBy("priority").cursor("b3A9MTcx").autoPager().forEach(w -> { }));

    assertEquals("ordering_not_cursor_eligible", e.code().orElseThrow());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void resumesFromTheCursorOfASavedPage() throws InterruptedException {
    List<UUID> rest = ids(2);
    server.enqueue(cursorPage(ids(2), "b3A9MTcx"));
    server.enqueue(cursorPage(rest, null));

    V2Page<WorkItem> first = list.perPage(2).pager().maxPages(1).pages().iterator().next();
    String saved = first.nextCursor().orElseThrow();
    List<UUID> resumed = idsOf(list.perPage(2).cursor(saved).autoPager());

    assertEquals("b3A9MTcx", saved);
    assertFalse(first.isLast());
    assertEquals(rest, resumed);
    nextQuery();
    assertEquals(Map.of("paginate", "cursor", "cursor", "b3A9MTcx", "per_page", "2"), nextQuery());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void resumesAnOffsetWalkFromTheNextOffset() throws InterruptedException {
    server.enqueue(offsetPage(ids(2), null, 48));

    V2Pager<WorkItem> pager = list.pager().startingAtOffset(50);
    pager.items().forEach(w -> { });

    assertEquals(V2Pager.Style.OFFSET, pager.style());
    assertEquals(Map.of("offset", "50", "per_page", "200"), nextQuery());
  }

  @Test
  void followsTheStyleTheServerAnswered() throws InterruptedException {
    // a server that ignores paginate=cursor answers offset pages: the walk goes on by offset
    List<UUID> first = ids(2);
    List<UUID> second = ids(1);
    server.enqueue(offsetPage(first, 2, null));
    server.enqueue(offsetPage(second, null, 0));

    assertEquals(concat(first, second), idsOf(list.perPage(2).autoPager()));

    assertEquals(Map.of("paginate", "cursor", "per_page", "2"), nextQuery());
    assertEquals(Map.of("offset", "2", "per_page", "2"), nextQuery());
  }

  @Test
  void aCursorThatLeadsBackEndsTheWalkNamingTheCall() {
    server.enqueue(cursorPage(ids(1), "a"));
    server.enqueue(cursorPage(ids(1), "b"));
    server.enqueue(cursorPage(ids(1), "a"));

    PlanePaginationException e =
        assertThrows(PlanePaginationException.class, () -> list.autoPager().forEach(w -> { }));

    assertEquals(
        LIST_WORK_ITEMS + ": the page at cursor b leads back to cursor a: the cursor does not advance",
        e.getMessage());
    assertEquals("b", e.cursor());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void theSameNextCursorTwiceEndsTheWalk() {
    server.enqueue(cursorPage(ids(1), "a"));
    server.enqueue(cursorPage(ids(1), "a"));

    PlanePaginationException e =
        assertThrows(PlanePaginationException.class, () -> list.autoPager().forEach(w -> { }));

    assertEquals(
        LIST_WORK_ITEMS + ": the page at cursor a leads back to cursor a: the cursor does not advance",
        e.getMessage());
  }

  @Test
  void anOffsetThatDoesNotGrowEndsTheWalk() {
    server.enqueue(offsetPage(ids(2), 2, null));
    server.enqueue(offsetPage(ids(2), 2, 0));

    PlanePaginationException e =
        assertThrows(
            PlanePaginationException.class,
            () -> list.paginate("offset").autoPager().forEach(w -> { }));

    assertEquals(
        LIST_WORK_ITEMS + ": the page at offset 2 leads back to offset 2: the offset does not advance",
        e.getMessage());
    assertEquals(2, e.offset().getAsInt());
  }

  @Test
  void aPageThatRepeatsThePreviousOneEndsTheWalk() {
    List<UUID> same = ids(2);
    server.enqueue(cursorPage(same, "a"));
    server.enqueue(cursorPage(same, "b"));

    PlanePaginationException e =
        assertThrows(PlanePaginationException.class, () -> list.autoPager().forEach(w -> { }));

    assertEquals(
        LIST_WORK_ITEMS + ": the page at cursor a repeats the previous page's items: the server"
            + " ignores the cursor",
        e.getMessage());
  }

  @Test
  void aCursorPageWithoutHasMoreIsAnErrorNotAnEnd() {
    server.enqueue(
        Fixtures.json(200, "{\"data\":[],\"next_cursor\":null,\"pagination\":{\"style\":\"cursor\"}}"));

    PlanePaginationException e =
        assertThrows(PlanePaginationException.class, () -> list.autoPager().forEach(w -> { }));

    assertEquals(
        LIST_WORK_ITEMS + ": the cursor page at the start has no has_more: cannot tell whether"
            + " more pages follow",
        e.getMessage());
  }

  @Test
  void aPageWithoutAnyPaginationKeyIsAnErrorNotAnEnd() {
    List<UUID> first = ids(2);
    server.enqueue(cursorPage(first, "a"));
    server.enqueue(Fixtures.json(200, "{" + data(ids(1)) + "}"));
    List<UUID> handedOut = new ArrayList<>();

    PlanePaginationException e =
        assertThrows(
            PlanePaginationException.class,
            () -> list.autoPager().forEach(w -> handedOut.add(w.getId())));

    assertEquals(
        LIST_WORK_ITEMS + ": the page at cursor a has no pagination.style, has_more, next_cursor,"
            + " next, previous nor total_count: cannot tell whether more pages follow",
        e.getMessage());
    assertEquals(first, handedOut);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aPageWithoutAStyleIsToldByItsKeys() {
    List<UUID> first = ids(2);
    List<UUID> last = ids(1);
    server.enqueue(Fixtures.json(200, "{" + data(first) + ",\"next\":2,\"previous\":null}"));
    server.enqueue(Fixtures.json(200, "{" + data(last) + ",\"next\":null,\"previous\":0}"));

    assertEquals(concat(first, last), idsOf(list.perPage(2).autoPager()));
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void anEmptyPageThatSaysMoreFollowEndsTheWalk() {
    server.enqueue(cursorPage(List.of(), "a"));

    PlanePaginationException e =
        assertThrows(PlanePaginationException.class, () -> list.autoPager().forEach(w -> { }));

    assertEquals(
        LIST_WORK_ITEMS + ": the page at the start is empty but says more pages follow",
        e.getMessage());
  }

  @Test
  void maxPagesStopsQuietly() {
    server.enqueue(cursorPage(ids(2), "a"));
    server.enqueue(cursorPage(ids(2), "b"));

    assertEquals(4, list.pager().maxPages(2).items().stream().count());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aPageSizeAboveTheMaximumIsRefusedBeforeSending() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> list.perPage(201).autoPager());

    assertEquals("perPage must be between 1 and 200, was 201", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }
}
