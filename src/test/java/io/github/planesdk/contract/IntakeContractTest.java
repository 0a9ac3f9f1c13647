package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.api.IntakeApi.GetIntakeWorkItemRequest;
import io.github.planesdk.api.IntakeApi.ListIntakeWorkItemsRequest;
import io.github.planesdk.model.IntakeItem;
import io.github.planesdk.model.IntakeItemCreate;
import io.github.planesdk.model.IntakeItemPage;
import io.github.planesdk.model.IntakeItemUpdate;
import io.github.planesdk.model.IntakeStatus;
import io.github.planesdk.model.IntakeWorkItem;
import io.github.planesdk.model.IntakeWorkItemCreate;
import io.github.planesdk.model.IntakeWorkItemUpdate;
import io.github.planesdk.model.StateGroup;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class IntakeContractTest extends ContractTestBase {
  private static final UUID INTAKE_ROW_ID = UUID.fromString("a97878fe-a2b9-425b-8e0c-681eb385dad9");
  private static final UUID WORK_ITEM_ID = UUID.fromString("c36ccef1-0a24-4888-96b2-784e8cd7e33b");
  private static final UUID INTAKE_ID = UUID.fromString("1f777110-7093-4e30-aab8-dc1c7579acc8");

  @Test
  @Covers("listIntakeWorkItems")
  void listIntakeWorkItems() {
    IntakeItemPage page =
        plane
            .intake()
            .listIntakeWorkItems(SLUG, PROJECT_ID)
            .perPage(10)
            .fields(
                ListIntakeWorkItemsRequest.Fields.ID,
                ListIntakeWorkItemsRequest.Fields.ISSUE,
                ListIntakeWorkItemsRequest.Fields.STATUS,
                ListIntakeWorkItemsRequest.Fields.ISSUE_DETAIL)
            .expand(ListIntakeWorkItemsRequest.Expand.CREATED_BY)
            .execute();

    assertEquals(1, page.getResults().size());
    assertRecordedPendingItem(page.getResults().get(0));
  }

  @Test
  @Covers("createIntakeWorkItem")
  void createIntakeWorkItem() {
    IntakeItem created =
        plane
            .intake()
            .createIntakeWorkItem(
                SLUG,
                PROJECT_ID,
                new IntakeItemCreate()
                    .issue(
                        new IntakeWorkItemCreate()
                            .name("Recorder intake request")
                            .descriptionHtml("<p>Please add X</p>")
                            .priority(IntakeWorkItemCreate.PriorityEnum.MEDIUM)))
            .execute();

    assertRecordedPendingItem(created);
  }

  @Test
  @Covers("getIntakeWorkItem")
  void getIntakeWorkItemByWorkItemId() {
    Response<IntakeItem> response =
        plane
            .intake()
            .getIntakeWorkItem(SLUG, PROJECT_ID, WORK_ITEM_ID)
            .expand(GetIntakeWorkItemRequest.Expand.PROJECT)
            .executeForResponse();

    assertEquals(200, response.code());
    assertRecordedPendingItem(response.body());
  }

  @Test
  @Covers("updateIntakeWorkItem")
  void acceptIntakeWorkItem() {
    IntakeItem accepted =
        plane
            .intake()
            .updateIntakeWorkItem(
                SLUG,
                PROJECT_ID,
                WORK_ITEM_ID,
                new IntakeItemUpdate()
                    .status(IntakeStatus.ACCEPTED)
                    .issue(
                        new IntakeWorkItemUpdate()
                            .name("Recorder intake request (edited)")
                            .priority(IntakeWorkItemUpdate.PriorityEnum.HIGH)))
            .execute();

    assertEquals(INTAKE_ROW_ID, accepted.getId());
    assertEquals(IntakeStatus.ACCEPTED, accepted.getStatus());
    assertEquals(1, accepted.getStatus().getValue());
    assertEquals(USER_ID, accepted.getUpdatedBy().id());
    IntakeWorkItem item = accepted.getIssueDetail();
    assertEquals("Recorder intake request (edited)", item.getName());
    assertEquals(IntakeWorkItem.PriorityEnum.HIGH, item.getPriority());
    assertEquals(StateGroup.BACKLOG, item.getState().getGroup());
    assertEquals("Backlog", item.getState().getName());
  }

  @Test
  @Covers("deleteIntakeWorkItem")
  void deleteIntakeWorkItem() {
    Response<Void> response =
        plane.intake().deleteIntakeWorkItem(SLUG, PROJECT_ID, WORK_ITEM_ID).executeForResponse();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  private static void assertRecordedPendingItem(IntakeItem it) {
    assertEquals(INTAKE_ROW_ID, it.getId());
    assertEquals(WORK_ITEM_ID, it.getIssue());
    assertEquals(INTAKE_ID, it.getIntake());
    assertEquals(INTAKE_ID, it.getInbox());
    assertEquals(IntakeStatus.PENDING, it.getStatus());
    assertEquals(-2, it.getStatus().getValue());
    assertNull(it.getSnoozedTill());
    assertNull(it.getDuplicateTo());
    assertEquals("IN_APP", it.getSource());
    assertEquals(PROJECT_ID, it.getProject().id());
    assertEquals(WORKSPACE_ID, it.getWorkspace().id());
    assertEquals(USER_ID, it.getCreatedBy().id());
    assertNull(it.getUpdatedBy());
    assertEquals(OffsetDateTime.parse("2026-11-27T22:54:51.223068Z"), it.getCreatedAt());
    IntakeWorkItem item = it.getIssueDetail();
    assertEquals(WORK_ITEM_ID, item.getId());
    assertEquals("Recorder intake request", item.getName());
    assertEquals(IntakeWorkItem.PriorityEnum.MEDIUM, item.getPriority());
    assertEquals("<p>Please add X</p>", item.getDescriptionHtml());
    assertEquals(6, item.getSequenceId());
    assertEquals(StateGroup.TRIAGE, item.getState().getGroup());
    assertEquals(UUID.fromString("8693abf8-48cb-4d09-b520-e3b3429eab2d"), item.getState().getId());
    assertTrue(item.getLabels().isEmpty());
    assertTrue(item.getAssignees().isEmpty());
  }
}
