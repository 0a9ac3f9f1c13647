package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.planesdk.PlaneCall;
import io.github.planesdk.model.InboxIssue;
import io.github.planesdk.model.InboxIssueCreate;
import io.github.planesdk.model.InboxIssuePage;
import io.github.planesdk.model.InboxIssuePriority;
import io.github.planesdk.model.InboxIssueStatus;
import io.github.planesdk.model.InboxIssueUpdate;
import io.github.planesdk.model.InboxWorkItemCreate;
import io.github.planesdk.model.InboxWorkItemUpdate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

@SuppressWarnings("deprecation") // the inbox paths are deprecated on purpose
class InboxIssuesContractTest extends ContractTestBase {
  private static final UUID INTAKE_ITEM_ID = UUID.fromString("a97878fe-a2b9-425b-8e0c-681eb385dad9");
  private static final UUID WORK_ITEM_ID = UUID.fromString("c36ccef1-0a24-4888-96b2-784e8cd7e33b");

  @Test
  @Covers("listInboxIssues")
  void listInboxIssues() {
    InboxIssuePage page =
        plane.inboxIssues().listInboxIssues(SLUG, PROJECT_ID).cursor("100:0:0").perPage(100).execute();

    assertFalse(page.getNextPageResults());
    assertEquals(1, page.getTotalResults());
    assertRecordedItem(page.getResults().get(0));
  }

  @Test
  @Covers("createInboxIssue")
  void createInboxIssue() {
    InboxIssue created =
        plane
            .inboxIssues()
            .createInboxIssue(
                SLUG,
                PROJECT_ID,
                new InboxIssueCreate()
                    .issue(
                        new InboxWorkItemCreate()
                            .name("Recorder intake request")
                            .descriptionHtml("<p>Please add X</p>")
                            .priority(InboxIssuePriority.MEDIUM)))
            .execute();

    assertRecordedItem(created);
  }

  @Test
  @Covers("getInboxIssue")
  void getInboxIssue() {
    PlaneCall<InboxIssue> call = plane.inboxIssues().getInboxIssue(SLUG, PROJECT_ID, WORK_ITEM_ID);

    // the docs print the detail paths without the trailing slash; the server answers 301 to
    // that (recorded), and the client does not follow redirects
    assertEquals(
        "/api/v1/workspaces/sdk-test/projects/" + PROJECT_ID + "/inbox-issues/" + WORK_ITEM_ID + "/",
        call.request().url().encodedPath());
    assertRecordedItem(call.execute());
  }

  @Test
  @Covers("updateInboxIssue")
  void updateInboxIssue() {
    // a whole-minute time must still go out with its seconds, or it is no RFC 3339 date-time
    InboxIssue updated =
        plane
            .inboxIssues()
            .updateInboxIssue(
                SLUG,
                PROJECT_ID,
                WORK_ITEM_ID,
                new InboxIssueUpdate()
                    .status(InboxIssueStatus.SNOOZED)
                    .snoozedTill(OffsetDateTime.parse("2026-11-30T00:00:00Z"))
                    .issue(new InboxWorkItemUpdate().priority(InboxIssuePriority.HIGH)))
            .execute();

    assertRecordedItem(updated);
  }

  @Test
  @Covers("deleteInboxIssue")
  void deleteInboxIssue() {
    Response<Void> response =
        plane.inboxIssues().deleteInboxIssue(SLUG, PROJECT_ID, WORK_ITEM_ID).executeForResponse();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  private static void assertRecordedItem(InboxIssue item) {
    assertEquals(INTAKE_ITEM_ID, item.getId());
    assertEquals(WORK_ITEM_ID, item.getIssue());
    assertEquals(InboxIssueStatus.PENDING, item.getStatus());
    assertEquals("IN_APP", item.getSource());
    assertNull(item.getSnoozedTill());
    assertEquals(item.getIntake(), item.getInbox());
    assertEquals(PROJECT_ID, item.getProject());
    assertEquals("Recorder intake request", item.getIssueDetail().get("name"));
    assertEquals("triage", ((Map<?, ?>) item.getIssueDetail().get("state")).get("group"));
  }
}
