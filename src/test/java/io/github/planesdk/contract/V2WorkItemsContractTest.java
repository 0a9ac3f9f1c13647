package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.planesdk.v2.api.WorkItemsApi;
import io.github.planesdk.v2.model.BulkResult;
import io.github.planesdk.v2.model.BulkRowResult;
import io.github.planesdk.v2.model.Pagination;
import io.github.planesdk.v2.model.Priority;
import io.github.planesdk.v2.model.WorkItem;
import io.github.planesdk.v2.model.WorkItemBulkCreate;
import io.github.planesdk.v2.model.WorkItemCreate;
import io.github.planesdk.v2.model.WorkItemPage;
import io.github.planesdk.v2.model.WorkItemUpdate;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

/** v2 work items, with the values of the spec's examples: the `*_id` shape and the bulk rows. */
class V2WorkItemsContractTest extends V2ContractTestBase {
  static final UUID WORK_ITEM_ID = UUID.fromString("8f4c2b1e-0d3a-4f7b-9c21-6e5a8b7d4f13");
  static final UUID USER = UUID.fromString("16c61a3a-512a-48ac-b0be-b6b46fe6f430");

  @Test
  @Covers("listWorkItems")
  void listWorkItemsAnswersAnOffsetPage() {
    WorkItemPage page =
        v2(WorkItemsApi.class).listWorkItems(V2_SLUG, "ENG").perPage(20).offset(0).execute();

    assertEquals(Pagination.StyleEnum.OFFSET, page.getPagination().getStyle());
    assertNull(page.getNext());
    assertNull(page.getPrevious());
    assertEquals(1, page.getTotalCount());
    assertNull(page.getNextCursor());
    assertEquals(1, page.getData().size());
    assertExampleWorkItem(page.getData().get(0));
    assertNull(page.getData().get(0).getCustomFields());
    assertEquals("per_page=20&offset=0", lastRequest.url().query());
  }

  @Test
  @Covers("getWorkItem")
  void getWorkItemKeepsCustomFields() {
    WorkItem item =
        v2(WorkItemsApi.class)
            .getWorkItem(V2_SLUG, "ENG", WORK_ITEM_ID)
            .expand(WorkItemsApi.GetWorkItemRequest.Expand.STATE)
            .execute();

    assertExampleWorkItem(item);
    assertEquals(
        Map.of("id", "5e2a7c81-4f39-4b60-a1d8-0c6b3e9f2d74", "value", List.of("Sev-2")),
        item.getCustomFields().get("Severity"));
    assertEquals("expand=state", lastRequest.url().query());
  }

  @Test
  @Covers({"createWorkItem", "updateWorkItem"})
  void createAndUpdateSendTheIdShape() {
    WorkItemsApi api = v2(WorkItemsApi.class);
    Response<WorkItem> created =
        api.createWorkItem(
                V2_SLUG, "ENG",
                new WorkItemCreate().name("Fix login redirect loop").priority(Priority.HIGH)
                    .assigneeIds(List.of(USER)))
            .executeForResponse();

    assertEquals(201, created.code());
    assertExampleWorkItem(created.body());
    assertEquals(
        "{\"assignee_ids\":[\"" + USER + "\"],\"name\":\"Fix login redirect loop\",\"priority\":\"high\"}",
        lastRequestBody);

    WorkItem updated =
        api.updateWorkItem(V2_SLUG, "ENG", WORK_ITEM_ID, new WorkItemUpdate().parentId(null))
            .execute();

    assertEquals("PATCH", lastRequest.method());
    assertEquals("{\"parent_id\":null}", lastRequestBody);
    assertExampleWorkItem(updated);
  }

  @Test
  @Covers("bulkCreateWorkItems")
  void bulkCreateAnswersPerRowResults() {
    BulkResult result =
        v2(WorkItemsApi.class)
            .bulkCreateWorkItems(
                V2_SLUG, "ENG",
                new WorkItemBulkCreate()
                    .items(List.of(new WorkItemCreate().name("A"), new WorkItemCreate().name("A")))
                    .allOrNone(false))
            .execute();

    assertEquals(1, result.getSucceeded());
    assertEquals(1, result.getFailed());
    BulkRowResult created = result.getResults().get(0);
    assertEquals(BulkRowResult.ResultEnum.CREATED, created.getResult());
    assertEquals(UUID.fromString("b7e42a19-3c5d-4f80-9a26-8d1c0f4e7b53"), created.getId());
    BulkRowResult failed = result.getResults().get(1);
    assertEquals(1, failed.getIndex());
    assertEquals(BulkRowResult.ResultEnum.FAILED, failed.getResult());
    assertEquals("invalid_request", failed.getCode());
    assertEquals("name", failed.getErrors().get(0).getField());
    assertEquals("unique", failed.getErrors().get(0).getCode());
  }

  @Test
  @Covers("getWorkItemByIdentifier")
  void getWorkItemByIdentifier() {
    WorkItem item =
        v2(WorkItemsApi.class).getWorkItemByIdentifier(V2_SLUG, "PROJ-142").execute();

    assertExampleWorkItem(item);
    assertEquals("/api/v2/workspaces/my-team/work-items/PROJ-142/", lastRequest.url().encodedPath());
  }

  static void assertExampleWorkItem(WorkItem item) {
    assertEquals(WORK_ITEM_ID, item.getId());
    assertEquals("Fix login redirect loop", item.getName());
    assertEquals("PROJ-142", item.getIdentifier());
    assertEquals(142, item.getSequenceId());
    assertEquals(Priority.HIGH, item.getPriority());
    assertEquals(UUID.fromString("f960d3c2-8524-4a41-b8eb-055ce4be2a7f"), item.getStateId());
    assertEquals(List.of(USER), item.getAssigneeIds());
    assertEquals(List.of(UUID.fromString("c1b8f3d6-9a44-4e12-8f7a-2b6d5c9e1a03")), item.getLabelIds());
    assertNull(item.getParentId());
    assertNull(item.getState()); // not expanded: only the id
    assertEquals(LocalDate.of(2026, 1, 12), item.getStartDate());
    assertEquals(LocalDate.of(2026, 1, 20), item.getTargetDate());
    assertFalse(item.getIsDraft());
    assertNull(item.getArchivedAt());
    assertEquals(OffsetDateTime.parse("2026-01-14T09:22:41.478363Z"), item.getCreatedAt());
    assertEquals(USER, item.getCreatedById());
  }
}
