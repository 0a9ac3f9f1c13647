package io.github.planesdk.contract;

import static io.github.planesdk.contract.WorkItemsContractTest.PARENT_ID;
import static io.github.planesdk.contract.WorkItemsContractTest.assertAliasPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.api.WorkItemCommentsApi.GetWorkItemCommentRequest;
import io.github.planesdk.api.WorkItemCommentsApi.ListWorkItemCommentsRequest;
import io.github.planesdk.model.WorkItemComment;
import io.github.planesdk.model.WorkItemCommentAccess;
import io.github.planesdk.model.WorkItemCommentCreate;
import io.github.planesdk.model.WorkItemCommentPage;
import io.github.planesdk.model.WorkItemCommentUpdate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class WorkItemCommentsContractTest extends ContractTestBase {
  static final UUID COMMENT_ID = UUID.fromString("bd0c0470-1613-4eb2-8e53-dd128e50c094");

  @Test
  @Covers("listWorkItemComments")
  void listWorkItemComments() {
    WorkItemCommentPage page =
        plane
            .workItemComments()
            .listWorkItemComments(SLUG, PROJECT_ID, PARENT_ID)
            .perPage(1)
            .expand(
                ListWorkItemCommentsRequest.Expand.ACTOR,
                ListWorkItemCommentsRequest.Expand.CREATED_BY)
            .execute();

    assertRecordedPage(page);
  }

  @Test
  @Covers("createWorkItemComment")
  void createWorkItemComment() {
    Response<WorkItemComment> response =
        plane
            .workItemComments()
            .createWorkItemComment(
                SLUG,
                PROJECT_ID,
                PARENT_ID,
                new WorkItemCommentCreate()
                    .commentHtml("<p>External comment</p>")
                    .access(WorkItemCommentAccess.EXTERNAL)
                    .externalId("REC-C-1")
                    .externalSource("recorder"))
            .executeForResponse();

    assertEquals(201, response.code());
    assertRecordedComment(response.body());
  }

  @Test
  @Covers("getWorkItemComment")
  void getWorkItemComment() {
    WorkItemComment comment =
        plane
            .workItemComments()
            .getWorkItemComment(SLUG, PROJECT_ID, PARENT_ID, COMMENT_ID)
            .fields(
                GetWorkItemCommentRequest.Fields.ID,
                GetWorkItemCommentRequest.Fields.COMMENT_HTML)
            .execute();

    assertRecordedComment(comment);
  }

  @Test
  @Covers("updateWorkItemComment")
  void updateWorkItemComment() {
    WorkItemComment comment =
        plane
            .workItemComments()
            .updateWorkItemComment(
                SLUG,
                PROJECT_ID,
                PARENT_ID,
                COMMENT_ID,
                new WorkItemCommentUpdate().commentHtml("<p>External comment</p>"))
            .execute();

    assertRecordedComment(comment);
  }

  @Test
  @Covers("deleteWorkItemComment")
  void deleteWorkItemComment() {
    assertEquals(
        204,
        plane
            .workItemComments()
            .deleteWorkItemComment(SLUG, PROJECT_ID, PARENT_ID, COMMENT_ID)
            .executeForResponse()
            .code());
  }

  // --- the deprecated `issues/` paths: same answers, so the same checks

  @Test
  @Covers("listWorkItemCommentsViaIssuesAlias")
  @SuppressWarnings("deprecation")
  void listWorkItemCommentsViaIssuesAlias() {
    Response<WorkItemCommentPage> response =
        plane
            .workItemComments()
            .listWorkItemCommentsViaIssuesAlias(SLUG, PROJECT_ID, PARENT_ID)
            .executeForResponse();

    assertAliasPath(response, "/issues/" + PARENT_ID + "/comments/");
    assertRecordedPage(response.body());
  }

  @Test
  @Covers("createWorkItemCommentViaIssuesAlias")
  @SuppressWarnings("deprecation")
  void createWorkItemCommentViaIssuesAlias() {
    Response<WorkItemComment> response =
        plane
            .workItemComments()
            .createWorkItemCommentViaIssuesAlias(
                SLUG, PROJECT_ID, PARENT_ID, new WorkItemCommentCreate())
            .executeForResponse();

    assertEquals(201, response.code());
    assertAliasPath(response, "/issues/" + PARENT_ID + "/comments/");
    assertRecordedComment(response.body());
  }

  @Test
  @Covers("getWorkItemCommentViaIssuesAlias")
  @SuppressWarnings("deprecation")
  void getWorkItemCommentViaIssuesAlias() {
    Response<WorkItemComment> response =
        plane
            .workItemComments()
            .getWorkItemCommentViaIssuesAlias(SLUG, PROJECT_ID, PARENT_ID, COMMENT_ID)
            .executeForResponse();

    assertAliasPath(response, "/issues/" + PARENT_ID + "/comments/" + COMMENT_ID + "/");
    assertRecordedComment(response.body());
  }

  @Test
  @Covers("updateWorkItemCommentViaIssuesAlias")
  @SuppressWarnings("deprecation")
  void updateWorkItemCommentViaIssuesAlias() {
    Response<WorkItemComment> response =
        plane
            .workItemComments()
            .updateWorkItemCommentViaIssuesAlias(
                SLUG,
                PROJECT_ID,
                PARENT_ID,
                COMMENT_ID,
                new WorkItemCommentUpdate().access(WorkItemCommentAccess.EXTERNAL))
            .executeForResponse();

    assertAliasPath(response, "/issues/" + PARENT_ID + "/comments/" + COMMENT_ID + "/");
    assertRecordedComment(response.body());
  }

  @Test
  @Covers("deleteWorkItemCommentViaIssuesAlias")
  @SuppressWarnings("deprecation")
  void deleteWorkItemCommentViaIssuesAlias() {
    Response<Void> response =
        plane
            .workItemComments()
            .deleteWorkItemCommentViaIssuesAlias(SLUG, PROJECT_ID, PARENT_ID, COMMENT_ID)
            .executeForResponse();

    assertEquals(204, response.code());
    assertAliasPath(response, "/issues/" + PARENT_ID + "/comments/" + COMMENT_ID + "/");
  }

  private static void assertRecordedPage(WorkItemCommentPage page) {
    assertFalse(page.getNextPageResults());
    assertEquals(1, page.getTotalResults());
    assertEquals(1, page.getResults().size());
    assertRecordedComment(page.getResults().get(0));
  }

  private static void assertRecordedComment(WorkItemComment c) {
    assertEquals(COMMENT_ID, c.getId());
    assertEquals("<p>External comment</p>", c.getCommentHtml());
    assertEquals(WorkItemCommentAccess.EXTERNAL, c.getAccess());
    assertEquals("recorder", c.getExternalSource());
    assertEquals("REC-C-1", c.getExternalId());
    assertEquals(List.of(), c.getAttachments());
    assertNull(c.getEditedAt());
    assertNull(c.getParent());
    assertTrue(c.getIsMember());
    assertEquals(PARENT_ID, c.getIssue());
    assertEquals(UUID.fromString("293b5996-c21c-4cf9-a5d9-91c6133fea1d"), c.getDescription());
    assertEquals(USER_ID, c.getActor().id());
    assertFalse(c.getActor().isExpanded());
    assertEquals(PROJECT_ID, c.getProject().id());
    assertEquals(WORKSPACE_ID, c.getWorkspace().id());
    assertEquals(OffsetDateTime.parse("2026-11-27T22:53:48.046257Z"), c.getCreatedAt());
  }
}
