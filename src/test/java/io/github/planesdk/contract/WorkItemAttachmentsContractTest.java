package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.api.WorkItemAttachmentsApi;
import io.github.planesdk.model.WorkItemAttachment;
import io.github.planesdk.model.WorkItemAttachmentCreate;
import io.github.planesdk.model.WorkItemAttachmentUpdate;
import io.github.planesdk.model.WorkItemAttachmentUpload;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

@SuppressWarnings("deprecation") // the issues/ aliases are deprecated on purpose
class WorkItemAttachmentsContractTest extends ContractTestBase {
  private static final UUID ISSUE_ID = UUID.fromString("e4213835-14c8-4556-b23f-dc1b90b6661c");
  private static final UUID ATTACHMENT_ID =
      UUID.fromString("8e7e8678-bc1c-4e2a-90e1-428bb1ad07ed");
  private static final String DOWNLOAD_URL =
      "http://127.0.0.1:9000/uploads/9cbd4a61-6e55-4754-b9b3-0d5451c58232/"
          + "6aca696871614b68bedeac72538c8ca6-recorder.png?X-Amz-Algorithm=AWS4-HMAC-SHA256"
          + "&X-Amz-Expires=3600&X-Amz-Signature=8a33a88352b7acc6";

  @Test
  @Covers("listWorkItemAttachments")
  void listWorkItemAttachments() {
    List<WorkItemAttachment> attachments =
        plane.workItemAttachments().listWorkItemAttachments(SLUG, PROJECT_ID, ISSUE_ID).execute();

    assertEquals(1, attachments.size());
    assertRecordedAttachment(attachments.get(0));
    assertTrue(attachments.get(0).getIsUploaded());
  }

  @Test
  @Covers("listWorkItemAttachmentsViaIssuesAlias")
  void listWorkItemAttachmentsViaIssuesAlias() {
    List<WorkItemAttachment> attachments =
        plane
            .workItemAttachments()
            .listWorkItemAttachmentsViaIssuesAlias(SLUG, PROJECT_ID, ISSUE_ID)
            .execute();

    assertEquals(1, attachments.size());
    assertRecordedAttachment(attachments.get(0));
  }

  @Test
  @Covers("createWorkItemAttachment")
  void createWorkItemAttachment() {
    WorkItemAttachmentUpload upload =
        plane
            .workItemAttachments()
            .createWorkItemAttachment(SLUG, PROJECT_ID, ISSUE_ID, recordedUpload())
            .execute();

    assertRecordedUpload(upload);
  }

  @Test
  @Covers("createWorkItemAttachmentViaIssuesAlias")
  void createWorkItemAttachmentViaIssuesAlias() {
    WorkItemAttachmentUpload upload =
        plane
            .workItemAttachments()
            .createWorkItemAttachmentViaIssuesAlias(SLUG, PROJECT_ID, ISSUE_ID, recordedUpload())
            .execute();

    assertRecordedUpload(upload);
  }

  @Test
  @Covers("getWorkItemAttachment")
  void getWorkItemAttachmentRedirectsToTheFile() {
    Response<Void> response =
        plane
            .workItemAttachments()
            .getWorkItemAttachment(SLUG, PROJECT_ID, ISSUE_ID, ATTACHMENT_ID)
            .executeForResponse();

    assertEquals(302, response.code());
    assertEquals(DOWNLOAD_URL, response.headers().get("Location"));
    assertEquals("59", response.headers().get("X-RateLimit-Remaining"));
    assertNull(response.body());
  }

  @Test
  @Covers("getWorkItemAttachmentViaIssuesAlias")
  void getWorkItemAttachmentViaIssuesAliasRedirectsToTheFile() {
    Response<Void> response =
        plane
            .workItemAttachments()
            .getWorkItemAttachmentViaIssuesAlias(SLUG, PROJECT_ID, ISSUE_ID, ATTACHMENT_ID)
            .executeForResponse();

    assertEquals(302, response.code());
    assertEquals(DOWNLOAD_URL, response.headers().get("Location"));
  }

  @Test
  @Covers({"updateWorkItemAttachment", "deleteWorkItemAttachment"})
  void confirmAndDeleteWorkItemAttachment() {
    WorkItemAttachmentsApi api = plane.workItemAttachments();
    Response<Void> confirmed =
        api.updateWorkItemAttachment(
                SLUG, PROJECT_ID, ISSUE_ID, ATTACHMENT_ID,
                new WorkItemAttachmentUpdate().isUploaded(true))
            .executeForResponse();
    Response<Void> deleted =
        api.deleteWorkItemAttachment(SLUG, PROJECT_ID, ISSUE_ID, ATTACHMENT_ID).executeForResponse();

    assertEquals(204, confirmed.code());
    assertNull(confirmed.body());
    assertEquals(204, deleted.code());
  }

  @Test
  @Covers({"updateWorkItemAttachmentViaIssuesAlias", "deleteWorkItemAttachmentViaIssuesAlias"})
  void confirmAndDeleteWorkItemAttachmentViaIssuesAlias() {
    WorkItemAttachmentsApi api = plane.workItemAttachments();
    assertEquals(
        204,
        api.updateWorkItemAttachmentViaIssuesAlias(
                SLUG, PROJECT_ID, ISSUE_ID, ATTACHMENT_ID,
                new WorkItemAttachmentUpdate().isUploaded(true))
            .executeForResponse()
            .code());
    assertEquals(
        204,
        api.deleteWorkItemAttachmentViaIssuesAlias(SLUG, PROJECT_ID, ISSUE_ID, ATTACHMENT_ID)
            .executeForResponse()
            .code());
  }

  private static WorkItemAttachmentCreate recordedUpload() {
    return new WorkItemAttachmentCreate()
        .name("recorder.png")
        .size(2048L)
        .type("image/png")
        .externalId("REC-A-1")
        .externalSource("recorder");
  }

  private static void assertRecordedUpload(WorkItemAttachmentUpload upload) {
    assertEquals(ATTACHMENT_ID, upload.getAssetId());
    assertEquals("http://127.0.0.1:9000/uploads", upload.getUploadData().getUrl());
    Map<String, String> fields = upload.getUploadData().getFields();
    assertEquals("image/png", fields.get("Content-Type"));
    assertEquals("AWS4-HMAC-SHA256", fields.get("x-amz-algorithm"));
    assertEquals(
        "9cbd4a61-6e55-4754-b9b3-0d5451c58232/6aca696871614b68bedeac72538c8ca6-recorder.png",
        fields.get("key"));
    assertTrue(upload.getAssetUrl().endsWith("/attachments/" + ATTACHMENT_ID + "/"));
    WorkItemAttachment attachment = upload.getAttachment();
    assertEquals(ATTACHMENT_ID, attachment.getId());
    assertFalse(attachment.getIsUploaded());
    assertNull(attachment.getUpdatedBy());
    assertEquals("REC-A-1", attachment.getExternalId());
  }

  private static void assertRecordedAttachment(WorkItemAttachment a) {
    assertEquals(ATTACHMENT_ID, a.getId());
    assertEquals("recorder.png", a.getAttributes().getName());
    assertEquals("image/png", a.getAttributes().getType());
    assertEquals(2048L, a.getAttributes().getSize());
    assertEquals(2048.0, a.getSize());
    assertEquals("ISSUE_ATTACHMENT", a.getEntityType());
    assertEquals(ISSUE_ID, a.getIssue());
    assertEquals(PROJECT_ID, a.getProject());
    assertEquals(WORKSPACE_ID, a.getWorkspace());
    assertEquals(USER_ID, a.getCreatedBy());
    assertNull(a.getComment());
    assertFalse(a.getIsDeleted());
    assertEquals("recorder", a.getExternalSource());
    assertEquals(OffsetDateTime.parse("2026-11-27T22:53:48.747129Z"), a.getCreatedAt());
  }
}
