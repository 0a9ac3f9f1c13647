package io.github.planesdk.surface;

import static io.github.planesdk.Fixtures.PROJECT_ID;
import static io.github.planesdk.Fixtures.SLUG;
import static io.github.planesdk.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.model.WorkItem;
import io.github.planesdk.model.WorkItemUpdate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The exact JSON a PATCH sends: explicit null, unset, empty list; unknown answer fields kept. */
class PatchBodyTest extends MockPlaneTest {
  private static final UUID ID = UUID.fromString("7c1e3b8a-2f4d-4e6a-9b0c-1d2e3f4a5b6c");
  private static final String WORK_ITEM = "{\"id\":\"" + ID + "\",\"name\":\"Release notes\"}";

  private String patch(WorkItemUpdate update) throws InterruptedException {
    server.enqueue(json(200, WORK_ITEM));
    plane.workItems().updateWorkItem(SLUG, PROJECT_ID, ID, update).execute();
    RecordedRequest request = server.takeRequest();
    assertEquals("PATCH", request.getMethod());
    return request.getBody().readUtf8();
  }

  @Test
  void aNullableFieldSetToNullIsSentAsJsonNull() throws Exception {
    assertEquals(
        "{\"parent\":null,\"target_date\":null}",
        patch(new WorkItemUpdate().targetDate(null).parent(null)));
  }

  @Test
  void aFieldNeverSetIsLeftOut() throws Exception {
    assertEquals("{\"name\":\"Renamed\"}", patch(new WorkItemUpdate().name("Renamed")));
    assertEquals("{}", patch(new WorkItemUpdate()));
  }

  @Test
  void aListSetToEmptyIsSentEmpty() throws Exception {
    assertEquals("{\"labels\":[]}", patch(new WorkItemUpdate().labels(List.of())));
  }

  @Test
  void settingAValueAfterNullSendsTheValue() throws Exception {
    WorkItemUpdate update = new WorkItemUpdate().targetDate(null);
    update.setTargetDate(LocalDate.of(2026, 12, 24));
    assertEquals("{\"target_date\":\"2026-12-24\"}", patch(update));
  }

  @Test
  void aNonNullableFieldSetToNullIsLeftOut() throws Exception {
    // name is not nullable in the spec: null means "not set", never a JSON null
    assertEquals("{}", patch(new WorkItemUpdate().name(null)));
  }

  @Test
  void unknownFieldsOfAnAnswerStayReachable() {
    server.enqueue(
        json(200, "{\"id\":\"" + ID + "\",\"name\":\"x\",\"story_points\":5,"
            + "\"ai_summary\":{\"text\":\"short\"},\"reviewer\":null}"));
    WorkItem item = plane.workItems().getWorkItem(SLUG, PROJECT_ID, ID).execute();
    assertEquals("x", item.getName());
    assertEquals(5.0, item.additionalProperties().get("story_points"));
    assertEquals(Map.of("text", "short"), item.additionalProperties().get("ai_summary"));
    assertTrue(item.additionalProperties().containsKey("reviewer"));
    assertEquals(3, item.additionalProperties().size());
  }

  @Test
  void aKnownAnswerHasNoAdditionalProperties() {
    server.enqueue(json(200, WORK_ITEM));
    assertTrue(plane.workItems().getWorkItem(SLUG, PROJECT_ID, ID).execute()
        .additionalProperties().isEmpty());
  }
}
