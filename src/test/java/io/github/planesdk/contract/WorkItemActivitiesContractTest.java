package io.github.planesdk.contract;

import static io.github.planesdk.contract.WorkItemsContractTest.PARENT_ID;
import static io.github.planesdk.contract.WorkItemsContractTest.assertAliasPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.api.WorkItemActivitiesApi.GetWorkItemActivityViaIssuesAliasRequest;
import io.github.planesdk.api.WorkItemActivitiesApi.ListWorkItemActivitiesRequest;
import io.github.planesdk.model.WorkItemActivity;
import io.github.planesdk.model.WorkItemActivityPage;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class WorkItemActivitiesContractTest extends ContractTestBase {
  static final UUID ACTIVITY_ID = UUID.fromString("e5dd1bab-4059-43e8-b902-b8c2f467868c");

  @Test
  @Covers("listWorkItemActivities")
  void listWorkItemActivities() {
    WorkItemActivityPage page =
        plane
            .workItemActivities()
            .listWorkItemActivities(SLUG, PROJECT_ID, PARENT_ID)
            .cursor("1:0:0")
            .perPage(1)
            .fields(
                ListWorkItemActivitiesRequest.Fields.ID,
                ListWorkItemActivitiesRequest.Fields.VERB,
                ListWorkItemActivitiesRequest.Fields.FIELD,
                ListWorkItemActivitiesRequest.Fields.OLD_VALUE,
                ListWorkItemActivitiesRequest.Fields.NEW_VALUE,
                ListWorkItemActivitiesRequest.Fields.ACTOR)
            .expand(ListWorkItemActivitiesRequest.Expand.ACTOR)
            .orderBy("-created_at")
            .execute();

    assertRecordedPage(page);
  }

  @Test
  @Covers("getWorkItemActivity")
  void getWorkItemActivityAnswersTheActivityNotAPage() {
    WorkItemActivity activity =
        plane
            .workItemActivities()
            .getWorkItemActivity(SLUG, PROJECT_ID, PARENT_ID, ACTIVITY_ID)
            .execute();

    assertRecordedActivity(activity);
  }

  // --- the deprecated `issues/` paths: same answers, so the same checks

  @Test
  @Covers("listWorkItemActivitiesViaIssuesAlias")
  @SuppressWarnings("deprecation")
  void listWorkItemActivitiesViaIssuesAlias() {
    Response<WorkItemActivityPage> response =
        plane
            .workItemActivities()
            .listWorkItemActivitiesViaIssuesAlias(SLUG, PROJECT_ID, PARENT_ID)
            .orderBy("created_at")
            .executeForResponse();

    assertAliasPath(response, "/issues/" + PARENT_ID + "/activities/");
    assertRecordedPage(response.body());
  }

  @Test
  @Covers("getWorkItemActivityViaIssuesAlias")
  @SuppressWarnings("deprecation")
  void getWorkItemActivityViaIssuesAlias() {
    Response<WorkItemActivity> response =
        plane
            .workItemActivities()
            .getWorkItemActivityViaIssuesAlias(SLUG, PROJECT_ID, PARENT_ID, ACTIVITY_ID)
            .fields(GetWorkItemActivityViaIssuesAliasRequest.Fields.VERB)
            .executeForResponse();

    assertAliasPath(response, "/issues/" + PARENT_ID + "/activities/" + ACTIVITY_ID + "/");
    assertRecordedActivity(response.body());
  }

  private static void assertRecordedPage(WorkItemActivityPage page) {
    assertFalse(page.getNextPageResults());
    assertEquals("1:1:0", page.getNextCursor());
    assertEquals(1, page.getTotalResults());
    assertEquals(1, page.getResults().size());
    assertRecordedActivity(page.getResults().get(0));
  }

  private static void assertRecordedActivity(WorkItemActivity a) {
    assertEquals(ACTIVITY_ID, a.getId());
    assertEquals("updated", a.getVerb());
    assertEquals("priority", a.getField());
    assertEquals("high", a.getOldValue());
    assertEquals("urgent", a.getNewValue());
    assertEquals("updated the priority to", a.getComment());
    assertNull(a.getOldIdentifier());
    assertEquals(1795819968.0, a.getEpoch());
    assertEquals(PARENT_ID, a.getIssue());
    assertNull(a.getIssueComment());
    assertEquals(USER_ID, a.getActor().id());
    assertFalse(a.getActor().isExpanded());
    assertEquals(PROJECT_ID, a.getProject().id());
    assertEquals(OffsetDateTime.parse("2026-11-27T22:52:49.665860Z"), a.getCreatedAt());
  }
}
