package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.api.CyclesApi.GetCycleRequest;
import io.github.planesdk.api.CyclesApi.GetCycleWorkItemRequest;
import io.github.planesdk.api.CyclesApi.ListCycleWorkItemsRequest;
import io.github.planesdk.api.CyclesApi.ListCyclesRequest;
import io.github.planesdk.model.Cycle;
import io.github.planesdk.model.CycleCreate;
import io.github.planesdk.model.CycleIssue;
import io.github.planesdk.model.CyclePage;
import io.github.planesdk.model.CycleTransferResult;
import io.github.planesdk.model.CycleUpdate;
import io.github.planesdk.model.CycleWorkItemsAdd;
import io.github.planesdk.model.CycleWorkItemsTransfer;
import io.github.planesdk.model.WorkItem;
import io.github.planesdk.model.WorkItemPage;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class CyclesContractTest extends ContractTestBase {
  private static final UUID CYCLE_ID = UUID.fromString("e15dea96-ad4c-447a-89a1-31b6ca0f2b19");
  private static final UUID ARCHIVED_CYCLE_ID =
      UUID.fromString("b4b1a531-b473-4c7b-ac87-054fc24f8ef1");
  private static final UUID PARENT_ITEM = UUID.fromString("e4213835-14c8-4556-b23f-dc1b90b6661c");
  private static final UUID CHILD_ITEM = UUID.fromString("64d555d1-082a-4c24-886c-1a8b6200c533");

  @Test
  @Covers("listCycles")
  void listCycles() {
    CyclePage page =
        plane
            .cycles()
            .listCycles(SLUG, PROJECT_ID)
            .cursor("1000:0:0")
            .perPage(1000)
            .fields(
                ListCyclesRequest.Fields.ID,
                ListCyclesRequest.Fields.NAME,
                ListCyclesRequest.Fields.OWNED_BY)
            .expand(ListCyclesRequest.Expand.OWNED_BY)
            .cycleView("incomplete")
            .execute();

    assertFalse(page.getNextPageResults());
    assertEquals("1000:1:0", page.getNextCursor());
    assertEquals(1, page.getTotalResults());
    assertEquals(1, page.getResults().size());
    Cycle cycle = page.getResults().get(0);
    assertRecordedCycle(cycle);
    assertEquals(2, cycle.getTotalIssues());
    assertEquals(2, cycle.getStartedIssues());
    assertEquals("patched", cycle.getDescription());
  }

  @Test
  @Covers("createCycle")
  void createCycle() {
    Cycle created =
        createCycle(
            newCycle().description("current cycle")
                .startDate("2026-11-26T00:00:00Z").endDate("2026-12-04T00:00:00Z"));

    assertRecordedCycle(created);
    assertEquals("current cycle", created.getDescription());
    assertNull(created.getUpdatedBy());
    assertNull(created.getTotalIssues()); // create answers no counts
  }

  @Test
  @Covers("createCycle")
  void createCycleWithPlainDates() {
    // the server takes a day as well as a date-time (recorded); the spec used to refuse a day
    Cycle created = createCycle(newCycle().startDate("2026-11-26").endDate("2026-12-04"));

    assertTrue(lastRequestBody.contains("\"start_date\":\"2026-11-26\""), lastRequestBody);
    assertRecordedCycle(created);
  }

  private static CycleCreate newCycle() {
    return new CycleCreate().name("Recorder cycle A").projectId(PROJECT_ID);
  }

  private Cycle createCycle(CycleCreate cycle) {
    return plane.cycles().createCycle(SLUG, PROJECT_ID, cycle).execute();
  }

  @Test
  @Covers("listCyclesLite")
  void listCyclesLite() {
    CyclePage page = plane.cycles().listCyclesLite(SLUG, PROJECT_ID).perPage(20).orderBy("-created_at").execute();

    assertFalse(page.getNextPageResults());
    assertRecordedCycle(page.getResults().get(0));
  }

  @Test
  @Covers("getCycle")
  void getCycle() {
    Response<Cycle> response =
        plane
            .cycles()
            .getCycle(SLUG, PROJECT_ID, CYCLE_ID)
            .fields(
                GetCycleRequest.Fields.ID,
                GetCycleRequest.Fields.NAME,
                GetCycleRequest.Fields.OWNED_BY)
            .expand(GetCycleRequest.Expand.OWNED_BY)
            .executeForResponse();

    assertEquals(200, response.code());
    assertEquals("59", response.headers().get("X-RateLimit-Remaining"));
    assertRecordedCycle(response.body());
  }

  @Test
  @Covers("updateCycle")
  void updateCycle() {
    Cycle updated =
        plane
            .cycles()
            .updateCycle(SLUG, PROJECT_ID, CYCLE_ID, new CycleUpdate().description("patched"))
            .execute();

    assertRecordedCycle(updated);
    assertEquals("patched", updated.getDescription());
    assertEquals(USER_ID, updated.getUpdatedBy().id());
  }

  @Test
  @Covers("deleteCycle")
  void deleteCycle() {
    Response<Void> response =
        plane.cycles().deleteCycle(SLUG, PROJECT_ID, CYCLE_ID).executeForResponse();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  @Test
  @Covers({"archiveCycle", "unarchiveCycle"})
  void archiveAndUnarchiveCycle() {
    assertEquals(
        204,
        plane.cycles().archiveCycle(SLUG, PROJECT_ID, ARCHIVED_CYCLE_ID).executeForResponse().code());
    assertEquals(
        204,
        plane.cycles().unarchiveCycle(SLUG, PROJECT_ID, ARCHIVED_CYCLE_ID).executeForResponse()
            .code());
  }

  @Test
  @Covers("listArchivedCycles")
  void listArchivedCycles() {
    CyclePage page =
        plane.cycles().listArchivedCycles(SLUG, PROJECT_ID).execute();

    Cycle archived = page.getResults().get(0);
    assertEquals(ARCHIVED_CYCLE_ID, archived.getId());
    assertEquals("Recorder cycle B", archived.getName());
    assertEquals(OffsetDateTime.parse("2026-11-27T22:54:50.128672Z"), archived.getArchivedAt());
    assertEquals("REC-CY-1", archived.getExternalId());
    assertNull(archived.getTotalEstimates());
    @SuppressWarnings("unchecked")
    Map<String, Object> snapshot = (Map<String, Object>) archived.getProgressSnapshot();
    assertEquals(1.0, snapshot.get("total_issues"));
  }

  @Test
  @Covers("listCycleWorkItems")
  void listCycleWorkItems() {
    WorkItemPage page =
        plane
            .cycles()
            .listCycleWorkItems(SLUG, PROJECT_ID, CYCLE_ID)
            .perPage(100)
            .fields(
                ListCycleWorkItemsRequest.Fields.ID,
                ListCycleWorkItemsRequest.Fields.NAME,
                ListCycleWorkItemsRequest.Fields.STATE)
            .expand(ListCycleWorkItemsRequest.Expand.STATE)
            .orderBy("-created_at")
            .execute();

    assertEquals(1, page.getCount());
    assertFalse(page.getNextPageResults());
    WorkItem item = page.getResults().get(0);
    assertEquals(PARENT_ITEM, item.getId());
    assertEquals("Recorder parent item (patched)", item.getName());
    assertEquals("urgent", item.getPriority().getValue());
    assertEquals(USER_ID, item.getAssignees().get(0).id());
  }

  @Test
  @Covers("addCycleWorkItems")
  void addCycleWorkItems() {
    List<CycleIssue> rows =
        plane
            .cycles()
            .addCycleWorkItems(
                SLUG, PROJECT_ID, CYCLE_ID,
                new CycleWorkItemsAdd().issues(List.of(PARENT_ITEM, CHILD_ITEM)))
            .execute();

    assertEquals(2, rows.size());
    assertEquals(CHILD_ITEM, rows.get(0).getIssue());
    assertEquals(0, rows.get(0).getSubIssuesCount());
    assertRecordedCycleIssue(rows.get(1));
    assertEquals(1, rows.get(1).getSubIssuesCount());
  }

  @Test
  @Covers("getCycleWorkItem")
  void getCycleWorkItem() {
    CycleIssue row =
        plane
            .cycles()
            .getCycleWorkItem(SLUG, PROJECT_ID, CYCLE_ID, PARENT_ITEM)
            .fields(
                GetCycleWorkItemRequest.Fields.ID,
                GetCycleWorkItemRequest.Fields.CYCLE,
                GetCycleWorkItemRequest.Fields.ISSUE)
            .expand(GetCycleWorkItemRequest.Expand.PROJECT)
            .execute();

    assertRecordedCycleIssue(row);
    assertNull(row.getSubIssuesCount());
  }

  @Test
  @Covers("removeCycleWorkItem")
  void removeCycleWorkItem() {
    assertEquals(
        204,
        plane.cycles().removeCycleWorkItem(SLUG, PROJECT_ID, CYCLE_ID, CHILD_ITEM)
            .executeForResponse().code());
  }

  @Test
  @Covers("transferCycleWorkItems")
  void transferCycleWorkItems() {
    CycleTransferResult result =
        plane
            .cycles()
            .transferCycleWorkItems(
                SLUG, PROJECT_ID, ARCHIVED_CYCLE_ID,
                new CycleWorkItemsTransfer().newCycleId(CYCLE_ID))
            .execute();

    assertEquals("Success", result.getMessage());
  }

  private static void assertRecordedCycle(Cycle c) {
    assertEquals(CYCLE_ID, c.getId());
    assertEquals("Recorder cycle A", c.getName());
    assertEquals(OffsetDateTime.parse("2026-11-26T00:00:01Z"), c.getStartDate());
    assertEquals(OffsetDateTime.parse("2026-12-04T23:59:00Z"), c.getEndDate());
    assertEquals(USER_ID, c.getOwnedBy().id());
    assertFalse(c.getOwnedBy().isExpanded());
    assertEquals(PROJECT_ID, c.getProject().id());
    assertEquals(WORKSPACE_ID, c.getWorkspace().id());
    assertEquals(USER_ID, c.getCreatedBy().id());
    assertEquals(65535.0, c.getSortOrder());
    assertEquals("UTC", c.getTimezone());
    assertEquals(1, c.getVersion());
    assertNull(c.getArchivedAt());
    assertEquals(Map.of(), c.getProgressSnapshot());
  }

  private static void assertRecordedCycleIssue(CycleIssue row) {
    assertEquals(UUID.fromString("4956344b-dc52-4bfc-a7d1-48de0399e968"), row.getId());
    assertEquals(CYCLE_ID, row.getCycle());
    assertEquals(PARENT_ITEM, row.getIssue());
    assertEquals(PROJECT_ID, row.getProject().id());
    assertNull(row.getCreatedBy());
    assertEquals(OffsetDateTime.parse("2026-11-27T22:53:50.118564Z"), row.getCreatedAt());
  }
}
