package io.github.planesdk.contract;

import static io.github.planesdk.contract.DocsExamples.DOC_ID;
import static io.github.planesdk.contract.DocsExamples.DOC_TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.planesdk.model.Worklog;
import io.github.planesdk.model.WorklogCreate;
import io.github.planesdk.model.WorklogTotal;
import io.github.planesdk.model.WorklogUpdate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class WorklogsContractTest extends ContractTestBase {
  private static final UUID WORK_ITEM_ID = UUID.fromString("c36ccef1-0a24-4888-96b2-784e8cd7e33b");
  private static final UUID WORKLOG_ID = UUID.fromString("4b7e1a52-9c3d-4f60-8e21-d5a0c9b8f713");

  @Test
  @Covers("listWorklogs")
  void listWorklogs() {
    List<Worklog> worklogs =
        plane.worklogs().listWorklogs(SLUG, PROJECT_ID, WORK_ITEM_ID).execute();

    assertEquals(1, worklogs.size());
    assertDocumentedWorklog(worklogs.get(0));
  }

  @Test
  @Covers("createWorklog")
  void createWorklog() {
    Worklog created =
        plane
            .worklogs()
            .createWorklog(
                SLUG,
                PROJECT_ID,
                WORK_ITEM_ID,
                new WorklogCreate().description("Example description").duration(1))
            .execute();

    assertDocumentedWorklog(created);
  }

  @Test
  @Covers("updateWorklog")
  void updateWorklog() {
    Worklog updated =
        plane
            .worklogs()
            .updateWorklog(SLUG, PROJECT_ID, WORK_ITEM_ID, WORKLOG_ID, new WorklogUpdate().duration(1))
            .execute();

    assertDocumentedWorklog(updated);
  }

  @Test
  @Covers("deleteWorklog")
  void deleteWorklog() {
    Response<Void> response =
        plane.worklogs().deleteWorklog(SLUG, PROJECT_ID, WORK_ITEM_ID, WORKLOG_ID).executeForResponse();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  @Test
  @Covers("listWorklogTotals")
  void listWorklogTotals() {
    List<WorklogTotal> totals = plane.worklogs().listWorklogTotals(SLUG, PROJECT_ID).execute();

    assertEquals(1, totals.size());
    assertEquals(DOC_ID, totals.get(0).getIssueId());
    assertEquals(1, totals.get(0).getDuration());
  }

  private static void assertDocumentedWorklog(Worklog worklog) {
    assertEquals(DOC_ID, worklog.getId());
    assertEquals("Example description", worklog.getDescription());
    assertEquals(1, worklog.getDuration());
    assertEquals(DOC_ID, worklog.getLoggedBy());
    assertEquals(DOC_ID, worklog.getProjectId());
    assertEquals(DOC_ID, worklog.getWorkspaceId());
    assertEquals(DOC_TIME, worklog.getCreatedAt());
    assertNull(worklog.getDeletedAt());
  }
}
