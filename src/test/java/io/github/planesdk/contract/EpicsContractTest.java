package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.planesdk.api.EpicsApi.GetEpicRequest;
import io.github.planesdk.model.Epic;
import io.github.planesdk.model.EpicCreate;
import io.github.planesdk.model.EpicPage;
import io.github.planesdk.model.EpicPriority;
import io.github.planesdk.model.EpicUpdate;
import io.github.planesdk.model.EpicWorkItem;
import io.github.planesdk.model.EpicWorkItemIds;
import io.github.planesdk.model.EpicWorkItemPage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class EpicsContractTest extends ContractTestBase {
  private static final UUID EPIC_ID = UUID.fromString("08459958-f1a2-45a4-802a-db38f4c13dee");
  private static final UUID WORK_ITEM_ID = UUID.fromString("776ccf9d-0686-4885-bc4a-9b00ae680a4e");

  @Test
  @Covers("listEpics")
  void listEpics() {
    EpicPage page = plane.epics().listEpics(SLUG, PROJECT_ID).cursor("20:0:0").perPage(20).execute();

    assertFalse(page.getNextPageResults());
    assertEquals("20:1:0", page.getNextCursor());
    assertEquals(1, page.getTotalResults());
    Epic epic = page.getResults().get(0);
    assertEquals(EPIC_ID, epic.getId());
    assertEquals("Develop Mobile Application Framework", epic.getName());
    assertEquals(Map.of(), epic.getDescription());
    assertEquals(OffsetDateTime.parse("2025-03-01T21:23:54.645263Z"), epic.getCreatedAt());
  }

  @Test
  @Covers("createEpic")
  void createEpic() {
    Epic created =
        plane
            .epics()
            .createEpic(
                SLUG,
                PROJECT_ID,
                new EpicCreate()
                    .name("Develop Mobile Application Framework")
                    .descriptionHtml("<p>Create a cross-platform mobile application framework</p>")
                    .priority(EpicPriority.HIGH)
                    .startDate(LocalDate.of(2025, 3, 1))
                    .targetDate(LocalDate.of(2025, 6, 30))
                    .labelIds(List.of(UUID.fromString("b769a643-89c5-43cd-889d-7fe17a1e036f"))))
            .execute();

    assertDocumentedEpic(created);
    assertEquals(EpicPriority.HIGH, created.getPriority());
    assertNull(created.getUpdatedBy());
  }

  @Test
  @Covers("getEpic")
  void getEpicWithFields() {
    Epic epic =
        plane
            .epics()
            .getEpic(SLUG, PROJECT_ID, EPIC_ID)
            .fields(
                GetEpicRequest.Fields.ID,
                GetEpicRequest.Fields.NAME,
                GetEpicRequest.Fields.DESCRIPTION,
                GetEpicRequest.Fields.CREATED_AT)
            .execute();

    assertEquals(EPIC_ID, epic.getId());
    assertEquals("Develop Mobile Application Framework", epic.getName());
    assertEquals(Map.of(), epic.getDescription());
    assertNull(epic.getSequenceId());
  }

  @Test
  @Covers("updateEpic")
  void updateEpic() {
    Epic updated =
        plane
            .epics()
            .updateEpic(
                SLUG,
                PROJECT_ID,
                EPIC_ID,
                new EpicUpdate()
                    .priority(EpicPriority.HIGH)
                    .targetDate(LocalDate.of(2025, 6, 30))
                    .assigneeIds(List.of()))
            .execute();

    assertDocumentedEpic(updated);
    assertEquals(EpicPriority.HIGH, updated.getPriority());
    assertEquals(LocalDate.of(2025, 6, 30), updated.getTargetDate());
  }

  @Test
  @Covers("deleteEpic")
  void deleteEpic() {
    Response<Void> response =
        plane.epics().deleteEpic(SLUG, PROJECT_ID, EPIC_ID).executeForResponse();

    assertEquals(204, response.code());
  }

  @Test
  @Covers("listEpicWorkItems")
  void listEpicWorkItems() {
    EpicWorkItemPage page =
        plane.epics().listEpicWorkItems(SLUG, PROJECT_ID, EPIC_ID).perPage(20).execute();

    assertEquals(1, page.getResults().size());
    EpicWorkItem item = page.getResults().get(0);
    assertDocumentedWorkItem(item);
    assertEquals(List.of(USER_ID), item.getAssignees());
    assertEquals(LocalDate.of(2025, 3, 20), item.getTargetDate());
  }

  @Test
  @Covers("addWorkItemsToEpic")
  void addWorkItemsToEpic() {
    List<EpicWorkItem> moved =
        plane
            .epics()
            .addWorkItemsToEpic(
                SLUG, PROJECT_ID, EPIC_ID, new EpicWorkItemIds().workItemIds(List.of(WORK_ITEM_ID)))
            .execute();

    assertEquals(1, moved.size());
    assertDocumentedWorkItem(moved.get(0));
    assertEquals(LocalDate.of(2025, 3, 10), moved.get(0).getStartDate());
  }

  private static void assertDocumentedEpic(Epic e) {
    assertEquals(EPIC_ID, e.getId());
    assertEquals("Develop Mobile Application Framework", e.getName());
    assertEquals(Map.of(), e.getDescription());
    assertEquals(
        "Create a cross-platform mobile application framework", e.getDescriptionStripped());
    assertEquals(UUID.fromString("ac5a148a-1fa8-4560-a095-3b7e8114b0c1"), e.getState());
    assertEquals(2, e.getLabels().size());
    assertEquals(LocalDate.of(2025, 3, 1), e.getStartDate());
    assertEquals(57, e.getSequenceId());
    assertEquals(605535.0, e.getSortOrder());
    assertEquals(PROJECT_ID, e.getProject());
    assertEquals(WORKSPACE_ID, e.getWorkspace());
    assertNull(e.getArchivedAt());
    assertEquals(USER_ID, e.getCreatedBy());
  }

  private static void assertDocumentedWorkItem(EpicWorkItem w) {
    assertEquals(WORK_ITEM_ID, w.getId());
    assertEquals("Implement login screen", w.getName());
    assertEquals(EPIC_ID, w.getParent());
    assertEquals(EpicPriority.HIGH, w.getPriority());
    assertNull(w.getTypeId());
    assertEquals(12, w.getSequenceId());
    assertEquals(OffsetDateTime.parse("2025-03-15T10:00:00Z"), w.getLastActivityAt());
  }
}
