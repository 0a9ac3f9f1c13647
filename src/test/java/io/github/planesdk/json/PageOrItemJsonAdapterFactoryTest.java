package io.github.planesdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import io.github.planesdk.model.Label;
import io.github.planesdk.model.WorkItem;
import io.github.planesdk.model.WorkItemPage;
import io.github.planesdk.model.WorkItemPageOrMatch;
import io.github.planesdk.model.WorkItemPriority;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageOrItemJsonAdapterFactoryTest {
  private static final String ITEM =
      "{\"id\":\"8abd977a-0a5f-4ee5-82bc-59982c9cd31c\",\"name\":\"Recorder imported item\","
          + "\"priority\":\"low\",\"sequence_id\":4,\"external_source\":\"recorder-import\","
          + "\"external_id\":\"REC-EXT-1\",\"state\":\"f0efa804-bde7-4961-98ef-c7880cff9ae4\","
          + "\"labels\":[],\"assignees\":[],\"archived_at\":null}";

  // `results` last, after keys of every kind, so deciding needs a look past the whole object
  private static final String PAGE =
      "{\"grouped_by\":null,\"sub_grouped_by\":null,\"total_count\":5,\"next_cursor\":\"2:1:0\","
          + "\"prev_cursor\":\"2:-1:1\",\"next_page_results\":true,\"prev_page_results\":false,"
          + "\"count\":2,\"total_pages\":3,\"total_results\":5,\"extra_stats\":{\"a\":[1,{}]},"
          + "\"results\":[" + ITEM + ",{\"id\":\"64d555d1-082a-4c24-886c-1a8b6200c533\","
          + "\"name\":\"Recorder child item\",\"archived_at\":\"2026-12-01\",\"labels\":["
          + "{\"id\":\"fc949f7a-2f0e-4843-8154-d2fb29f7a0e1\",\"name\":\"Recorder Area/API\"}]}]}";

  private final JsonAdapter<WorkItemPageOrMatch> adapter =
      PlaneJson.moshi().adapter(WorkItemPageOrMatch.class);

  @Test
  void anObjectWithResultsIsThePage() throws IOException {
    WorkItemPageOrMatch answer = adapter.fromJson(PAGE);

    assertTrue(answer.page().isPresent());
    assertFalse(answer.match().isPresent());
    WorkItemPage page = answer.page().get();
    assertEquals(5, page.getTotalResults());
    assertEquals("2:1:0", answer.getNextCursor());
    assertTrue(answer.getNextPageResults());
    assertEquals(2, answer.getResults().size());
    assertEquals("Recorder imported item", answer.getResults().get(0).getName());
    WorkItem child = answer.getResults().get(1);
    assertEquals(java.time.LocalDate.of(2026, 12, 1), child.getArchivedAt());
    Label label = child.getLabels().get(0).expanded().orElseThrow();
    assertEquals("Recorder Area/API", label.getName());
  }

  @Test
  void anObjectWithoutResultsIsTheMatchAndReadsAsAOneItemLastPage() throws IOException {
    WorkItemPageOrMatch answer = adapter.fromJson(ITEM);

    assertFalse(answer.page().isPresent());
    WorkItem item = answer.match().orElseThrow();
    assertEquals(UUID.fromString("8abd977a-0a5f-4ee5-82bc-59982c9cd31c"), item.getId());
    assertEquals(WorkItemPriority.LOW, item.getPriority());
    assertEquals("REC-EXT-1", item.getExternalId());
    assertEquals(UUID.fromString("f0efa804-bde7-4961-98ef-c7880cff9ae4"), item.getState().id());
    assertEquals(java.util.List.of(item), answer.getResults());
    assertFalse(answer.getNextPageResults());
    assertEquals(1, answer.getTotalResults());
    assertNull(answer.getNextCursor());
  }

  @Test
  void aPageOfFieldlessItemsIsStillAPage() throws IOException {
    WorkItemPageOrMatch answer =
        adapter.fromJson(
            "{\"count\":1,\"next_page_results\":false,\"results\":[{}],\"total_results\":1}");

    assertTrue(answer.page().isPresent());
    assertEquals(1, answer.getResults().size());
    assertNull(answer.getResults().get(0).getId());
  }

  @Test
  void anEmptyObjectIsAnItemWithNoFields() throws IOException {
    WorkItemPageOrMatch answer = adapter.fromJson("{}");

    assertNull(answer.match().orElseThrow().getName());
  }

  @Test
  void encodesTheShapeItHolds() throws IOException {
    String page = adapter.toJson(adapter.fromJson(PAGE));
    String item = adapter.toJson(adapter.fromJson(ITEM));

    assertTrue(page.contains("\"results\":["), page);
    assertTrue(page.contains("\"next_cursor\":\"2:1:0\""), page);
    assertFalse(item.contains("results"), item);
    assertTrue(item.startsWith("{") && item.contains("\"external_id\":\"REC-EXT-1\""), item);
    // expanded references encode as their ids, so compare from the first encoding on
    assertEquals(page, adapter.toJson(adapter.fromJson(page)));
    assertEquals(item, adapter.toJson(adapter.fromJson(item)));
    assertTrue(adapter.fromJson(page).page().isPresent());
    assertTrue(adapter.fromJson(item).match().isPresent());
  }

  @Test
  void nullStaysNull() throws IOException {
    assertNull(adapter.fromJson("null"));
    assertEquals("null", adapter.toJson(null));
  }

  @Test
  void somethingOtherThanAnObjectIsRefusedWithItsPath() {
    JsonDataException e = assertThrows(JsonDataException.class, () -> adapter.fromJson("[]"));

    assertTrue(e.getMessage().contains("BEGIN_ARRAY"), e.getMessage());
    assertTrue(e.getMessage().contains("$"), e.getMessage());
  }
}
