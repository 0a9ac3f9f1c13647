package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.PlaneClient;
import io.github.planesdk.api.WorkItemsApi.GetWorkItemByIdentifierRequest;
import io.github.planesdk.api.WorkItemsApi.GetWorkItemRequest;
import io.github.planesdk.api.WorkItemsApi.GetWorkItemViaIssuesAliasRequest;
import io.github.planesdk.model.Label;
import io.github.planesdk.model.ProjectLite;
import io.github.planesdk.model.StateGroup;
import io.github.planesdk.model.StateLite;
import io.github.planesdk.model.UserLite;
import io.github.planesdk.model.WorkItem;
import io.github.planesdk.model.WorkItemCreate;
import io.github.planesdk.model.WorkItemLite;
import io.github.planesdk.model.WorkItemPage;
import io.github.planesdk.model.WorkItemPageOrMatch;
import io.github.planesdk.model.WorkItemPriority;
import io.github.planesdk.model.WorkItemSearchHit;
import io.github.planesdk.model.WorkItemSearchResults;
import io.github.planesdk.model.WorkItemUpdate;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class WorkItemsContractTest extends ContractTestBase {
  static final UUID WORK_ITEM_ID = UUID.fromString("64d555d1-082a-4c24-886c-1a8b6200c533");
  static final UUID PARENT_ID = UUID.fromString("e4213835-14c8-4556-b23f-dc1b90b6661c");
  static final UUID IMPORTED_ID = UUID.fromString("8abd977a-0a5f-4ee5-82bc-59982c9cd31c");
  static final UUID STATE_ID = UUID.fromString("f9739830-104e-4781-8c9c-f82c79f48361");
  static final UUID LABEL_ID = UUID.fromString("fc949f7a-2f0e-4843-8154-d2fb29f7a0e1");

  @Test
  @Covers("listWorkItems")
  void listWorkItemsAnswersAPage() {
    WorkItemPageOrMatch answer =
        plane
            .workItems()
            .listWorkItems(SLUG, PROJECT_ID)
            .cursor("2:0:0")
            .perPage(2)
            .orderBy("-priority")
            .execute();

    assertRecordedPage(answer);
  }

  @Test
  @Covers("listWorkItems")
  void listWorkItemsByExternalIdAnswersTheMatch() {
    try (PlaneClient matching = PreferExample.client(plane, "match")) {
      WorkItemPageOrMatch answer =
          matching
              .workItems()
              .listWorkItems(SLUG, PROJECT_ID)
              .externalId("REC-EXT-1")
              .externalSource("recorder-import")
              .execute();

      assertRecordedMatch(answer);
    }
  }

  @Test
  @Covers("createWorkItem")
  void createWorkItem() {
    Response<WorkItem> response =
        plane
            .workItems()
            .createWorkItem(
                SLUG,
                PROJECT_ID,
                new WorkItemCreate()
                    .name("Recorder child item")
                    .parent(PARENT_ID)
                    .state(STATE_ID)
                    .priority(WorkItemPriority.MEDIUM)
                    .assignees(List.of(USER_ID))
                    .labels(List.of(LABEL_ID))
                    .startDate(LocalDate.of(2026, 11, 28))
                    .targetDate(LocalDate.of(2026, 12, 4)))
            .executeForResponse();

    assertEquals(201, response.code());
    assertRecordedWorkItem(response.body());
  }

  @Test
  @Covers("createWorkItem")
  void createADraftWorkItem() {
    // the server's serializer writes is_draft and archived_at; the write schema used to refuse them
    WorkItemCreate draft =
        new WorkItemCreate()
            .name("Recorder child item")
            .isDraft(true)
            .archivedAt(LocalDate.of(2026, 12, 1));

    assertEquals(
        201, plane.workItems().createWorkItem(SLUG, PROJECT_ID, draft).executeForResponse().code());
    assertEquals(
        "{\"archived_at\":\"2026-12-01\",\"is_draft\":true,\"name\":\"Recorder child item\"}",
        lastRequestBody);
  }

  @Test
  @Covers("updateWorkItem")
  void publishADraftWorkItem() {
    WorkItem updated =
        plane
            .workItems()
            .updateWorkItem(SLUG, PROJECT_ID, WORK_ITEM_ID, new WorkItemUpdate().isDraft(false))
            .execute();

    assertEquals("{\"is_draft\":false}", lastRequestBody);
    assertRecordedWorkItem(updated);
  }

  @Test
  @Covers("getWorkItem")
  void getWorkItem() {
    WorkItem item =
        plane
            .workItems()
            .getWorkItem(SLUG, PROJECT_ID, WORK_ITEM_ID)
            .fields(
                GetWorkItemRequest.Fields.ID,
                GetWorkItemRequest.Fields.NAME,
                GetWorkItemRequest.Fields.STATE)
            .execute();

    assertRecordedWorkItem(item);
    assertFalse(item.getState().isExpanded());
    assertFalse(item.getLabels().get(0).isExpanded());
    assertFalse(item.getAssignees().get(0).isExpanded());
  }

  @Test
  @Covers("getWorkItem")
  void getWorkItemWithExpandedReferences() {
    try (PlaneClient expanded = PreferExample.client(plane, "expanded")) {
      WorkItem item =
          expanded
              .workItems()
              .getWorkItem(SLUG, PROJECT_ID, WORK_ITEM_ID)
              .expand(
                  GetWorkItemRequest.Expand.STATE,
                  GetWorkItemRequest.Expand.LABELS,
                  GetWorkItemRequest.Expand.ASSIGNEES,
                  GetWorkItemRequest.Expand.PARENT,
                  GetWorkItemRequest.Expand.PROJECT)
              .execute();

      assertRecordedWorkItem(item);
      assertExpandedReferences(item);
    }
  }

  @Test
  @Covers("updateWorkItem")
  void updateWorkItem() {
    WorkItem item =
        plane
            .workItems()
            .updateWorkItem(
                SLUG,
                PROJECT_ID,
                WORK_ITEM_ID,
                new WorkItemUpdate()
                    .priority(WorkItemPriority.MEDIUM)
                    .targetDate(LocalDate.of(2026, 12, 4)))
            .execute();

    assertRecordedWorkItem(item);
  }

  @Test
  @Covers("deleteWorkItem")
  void deleteWorkItem() {
    Response<Void> response =
        plane.workItems().deleteWorkItem(SLUG, PROJECT_ID, WORK_ITEM_ID).executeForResponse();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  @Test
  @Covers("getWorkItemByIdentifier")
  void getWorkItemByIdentifier() {
    Response<WorkItem> response =
        plane
            .workItems()
            .getWorkItemByIdentifier(SLUG, "RECTUF", 2)
            .expand(GetWorkItemByIdentifierRequest.Expand.STATE)
            .executeForResponse();

    assertTrue(response.raw().request().url().encodedPath().endsWith("/work-items/RECTUF-2/"));
    assertRecordedWorkItem(response.body());
  }

  @Test
  @Covers("searchWorkItems")
  void searchWorkItems() {
    WorkItemSearchResults results =
        plane.workItems().searchWorkItems(SLUG).search("child").limit(10).workspaceSearch(false).projectId(PROJECT_ID).execute();

    assertRecordedSearch(results);
  }

  // --- the deprecated `issues/` paths: same answers, so the same checks

  @Test
  @Covers("listWorkItemsViaIssuesAlias")
  @SuppressWarnings("deprecation")
  void listWorkItemsViaIssuesAlias() {
    Response<WorkItemPageOrMatch> response =
        plane
            .workItems()
            .listWorkItemsViaIssuesAlias(SLUG, PROJECT_ID)
            .perPage(2)
            .executeForResponse();

    assertAliasPath(response, "/projects/" + PROJECT_ID + "/issues/");
    assertRecordedPage(response.body());
  }

  @Test
  @Covers("listWorkItemsViaIssuesAlias")
  @SuppressWarnings("deprecation")
  void listWorkItemsByExternalIdViaIssuesAlias() {
    try (PlaneClient matching = PreferExample.client(plane, "match")) {
      WorkItemPageOrMatch answer =
          matching
              .workItems()
              .listWorkItemsViaIssuesAlias(SLUG, PROJECT_ID)
              .externalId("REC-EXT-1")
              .externalSource("recorder-import")
              .execute();

      assertRecordedMatch(answer);
    }
  }

  @Test
  @Covers("createWorkItemViaIssuesAlias")
  @SuppressWarnings("deprecation")
  void createWorkItemViaIssuesAlias() {
    Response<WorkItem> response =
        plane
            .workItems()
            .createWorkItemViaIssuesAlias(
                SLUG, PROJECT_ID, new WorkItemCreate().name("Recorder child item"))
            .executeForResponse();

    assertEquals(201, response.code());
    assertAliasPath(response, "/projects/" + PROJECT_ID + "/issues/");
    assertRecordedWorkItem(response.body());
  }

  @Test
  @Covers("getWorkItemViaIssuesAlias")
  @SuppressWarnings("deprecation")
  void getWorkItemViaIssuesAlias() {
    try (PlaneClient expanded = PreferExample.client(plane, "expanded")) {
      Response<WorkItem> response =
          expanded
              .workItems()
              .getWorkItemViaIssuesAlias(SLUG, PROJECT_ID, WORK_ITEM_ID)
              .expand(
                  GetWorkItemViaIssuesAliasRequest.Expand.STATE,
                  GetWorkItemViaIssuesAliasRequest.Expand.LABELS,
                  GetWorkItemViaIssuesAliasRequest.Expand.ASSIGNEES,
                  GetWorkItemViaIssuesAliasRequest.Expand.PARENT,
                  GetWorkItemViaIssuesAliasRequest.Expand.PROJECT)
              .executeForResponse();

      assertAliasPath(response, "/issues/" + WORK_ITEM_ID + "/");
      assertRecordedWorkItem(response.body());
      assertExpandedReferences(response.body());
    }
  }

  @Test
  @Covers("updateWorkItemViaIssuesAlias")
  @SuppressWarnings("deprecation")
  void updateWorkItemViaIssuesAlias() {
    Response<WorkItem> response =
        plane
            .workItems()
            .updateWorkItemViaIssuesAlias(
                SLUG, PROJECT_ID, WORK_ITEM_ID, new WorkItemUpdate().name("Recorder child item"))
            .executeForResponse();

    assertAliasPath(response, "/issues/" + WORK_ITEM_ID + "/");
    assertRecordedWorkItem(response.body());
  }

  @Test
  @Covers("deleteWorkItemViaIssuesAlias")
  @SuppressWarnings("deprecation")
  void deleteWorkItemViaIssuesAlias() {
    Response<Void> response =
        plane
            .workItems()
            .deleteWorkItemViaIssuesAlias(SLUG, PROJECT_ID, WORK_ITEM_ID)
            .executeForResponse();

    assertEquals(204, response.code());
    assertAliasPath(response, "/issues/" + WORK_ITEM_ID + "/");
  }

  @Test
  @Covers("getWorkItemByIdentifierViaIssuesAlias")
  @SuppressWarnings("deprecation")
  void getWorkItemByIdentifierViaIssuesAlias() {
    Response<WorkItem> response =
        plane
            .workItems()
            .getWorkItemByIdentifierViaIssuesAlias(SLUG, "RECTUF", 2)
            .executeForResponse();

    assertAliasPath(response, "/workspaces/" + SLUG + "/issues/RECTUF-2/");
    assertRecordedWorkItem(response.body());
  }

  @Test
  @Covers("searchWorkItemsViaIssuesAlias")
  @SuppressWarnings("deprecation")
  void searchWorkItemsViaIssuesAlias() {
    Response<WorkItemSearchResults> response =
        plane
            .workItems()
            .searchWorkItemsViaIssuesAlias(SLUG)
            .search("child")
            .workspaceSearch(true)
            .executeForResponse();

    assertAliasPath(response, "/workspaces/" + SLUG + "/issues/search/");
    assertRecordedSearch(response.body());
  }

  static void assertAliasPath(Response<?> response, String pathPart) {
    String path = response.raw().request().url().encodedPath();
    assertTrue(path.contains(pathPart), path);
    assertFalse(path.contains("/work-items/"), path);
  }

  private static void assertRecordedPage(WorkItemPageOrMatch answer) {
    assertFalse(answer.match().isPresent());
    WorkItemPage page = answer.page().orElseThrow();
    assertEquals(2, page.getTotalResults());
    assertEquals(2, page.getCount());
    assertFalse(answer.getNextPageResults());
    assertEquals("2:1:0", answer.getNextCursor());
    assertEquals(2, answer.getResults().size());
    assertRecordedImportedItem(answer.getResults().get(0));
    assertRecordedWorkItem(answer.getResults().get(1));
  }

  private static void assertRecordedMatch(WorkItemPageOrMatch answer) {
    assertFalse(answer.page().isPresent());
    assertRecordedImportedItem(answer.match().orElseThrow());
    assertEquals(1, answer.getResults().size());
    assertFalse(answer.getNextPageResults());
  }

  private static void assertRecordedImportedItem(WorkItem item) {
    assertEquals(IMPORTED_ID, item.getId());
    assertEquals("Recorder imported item", item.getName());
    assertEquals(WorkItemPriority.LOW, item.getPriority());
    assertEquals("recorder-import", item.getExternalSource());
    assertEquals("REC-EXT-1", item.getExternalId());
    assertEquals(4, item.getSequenceId());
    assertNull(item.getParent());
    assertEquals(List.of(), item.getLabels());
  }

  private static void assertRecordedWorkItem(WorkItem item) {
    assertEquals(WORK_ITEM_ID, item.getId());
    assertEquals("Recorder child item", item.getName());
    assertEquals("<p></p>", item.getDescriptionHtml());
    assertNull(item.getDescriptionBinary());
    assertEquals(WorkItemPriority.MEDIUM, item.getPriority());
    assertEquals(LocalDate.of(2026, 11, 28), item.getStartDate());
    assertEquals(LocalDate.of(2026, 12, 4), item.getTargetDate());
    assertNull(item.getArchivedAt());
    assertEquals(2, item.getSequenceId());
    assertEquals(65535.0, item.getSortOrder());
    assertFalse(item.getIsDraft());
    assertNull(item.getEstimatePoint());
    assertEquals(STATE_ID, item.getState().id());
    assertEquals(PARENT_ID, item.getParent().id());
    assertEquals(PROJECT_ID, item.getProject().id());
    assertEquals(WORKSPACE_ID, item.getWorkspace().id());
    assertEquals(USER_ID, item.getCreatedBy().id());
    assertEquals(1, item.getAssignees().size());
    assertEquals(USER_ID, item.getAssignees().get(0).id());
    assertEquals(1, item.getLabels().size());
    assertEquals(LABEL_ID, item.getLabels().get(0).id());
    assertEquals(OffsetDateTime.parse("2026-11-27T22:52:47.568312Z"), item.getCreatedAt());
  }

  private static void assertExpandedReferences(WorkItem item) {
    StateLite state = item.getState().expanded().orElseThrow();
    assertEquals("Recorder Todo", state.getName());
    assertEquals(StateGroup.UNSTARTED, state.getGroup());
    Label label = item.getLabels().get(0).expanded().orElseThrow();
    assertEquals("Recorder Area/API", label.getName());
    assertEquals(LabelsContractTest.PARENT_LABEL_ID, label.getParent());
    assertEquals(75535.0, label.getSortOrder());
    UserLite assignee = item.getAssignees().get(0).expanded().orElseThrow();
    assertEquals("sdk-tester", assignee.getDisplayName());
    WorkItemLite parent = item.getParent().expanded().orElseThrow();
    assertEquals(1, parent.getSequenceId());
    assertEquals(PROJECT_ID, parent.getProjectId());
    ProjectLite project = item.getProject().expanded().orElseThrow();
    assertEquals("RECTUF", project.getIdentifier());
    assertFalse(item.getWorkspace().isExpanded());
  }

  private static void assertRecordedSearch(WorkItemSearchResults results) {
    assertEquals(1, results.getIssues().size());
    WorkItemSearchHit hit = results.getIssues().get(0);
    assertEquals(WORK_ITEM_ID, hit.getId());
    assertEquals("Recorder child item", hit.getName());
    assertEquals(2, hit.getSequenceId());
    assertEquals("RECTUF", hit.getProjectIdentifier());
    assertEquals(PROJECT_ID, hit.getProjectId());
    assertEquals(SLUG, hit.getWorkspaceSlug());
  }
}
