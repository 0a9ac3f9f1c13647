package io.github.planesdk.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.planesdk.model.WorkItem;
import io.github.planesdk.model.WorkItemPage;
import io.github.planesdk.model.WorkItemPageOrMatch;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageOrItemTest {
  @Test
  void holdsExactlyOneOfPageAndItem() {
    assertThrows(IllegalArgumentException.class, () -> new WorkItemPageOrMatch(null, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new WorkItemPageOrMatch(new WorkItemPage(), new WorkItem()));
  }

  @Test
  void aPageAnswersItsOwnEnvelope() {
    WorkItem item = new WorkItem().name("a");
    WorkItemPage page =
        new WorkItemPage()
            .results(List.of(item))
            .nextCursor("1:1:0")
            .prevCursor("1:-1:1")
            .nextPageResults(true)
            .totalResults(7);
    WorkItemPageOrMatch answer = new WorkItemPageOrMatch(page, null);

    assertSame(page, answer.page().orElseThrow());
    assertFalse(answer.match().isPresent());
    assertEquals(List.of(item), answer.getResults());
    assertEquals("1:1:0", answer.getNextCursor());
    assertEquals("1:-1:1", answer.getPrevCursor());
    assertEquals(true, answer.getNextPageResults());
    assertEquals(7, answer.getTotalResults());
  }

  @Test
  void aMatchIsAOneItemLastPageWithoutCursors() {
    WorkItem item = new WorkItem().name("a");
    WorkItemPageOrMatch answer = new WorkItemPageOrMatch(null, item);

    assertSame(item, answer.match().orElseThrow());
    assertFalse(answer.page().isPresent());
    assertEquals(List.of(item), answer.getResults());
    assertEquals(false, answer.getNextPageResults());
    assertEquals(1, answer.getTotalResults());
    assertEquals(null, answer.getNextCursor());
    assertEquals(null, answer.getPrevCursor());
  }

  @Test
  void equalityFollowsTheHeldValue() {
    assertEquals(
        new WorkItemPageOrMatch(null, new WorkItem().name("a")),
        new WorkItemPageOrMatch(null, new WorkItem().name("a")));
    assertNotEquals(
        new WorkItemPageOrMatch(null, new WorkItem().name("a")),
        new WorkItemPageOrMatch(null, new WorkItem().name("b")));
  }
}
