package io.github.planesdk.contract;

import static io.github.planesdk.contract.DocsExamples.DOC_ID;
import static io.github.planesdk.contract.DocsExamples.DOC_TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.model.PageAccess;
import io.github.planesdk.model.PageAttachment;
import io.github.planesdk.model.PageAttachmentUploadStatus;
import io.github.planesdk.model.PageContentUpdate;
import io.github.planesdk.model.PageCreate;
import io.github.planesdk.model.PageSummary;
import io.github.planesdk.model.PageSummaryPage;
import io.github.planesdk.model.WikiPage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class PagesContractTest extends ContractTestBase {
  private static final UUID PAGE_ID = UUID.fromString("b3478c56-31f6-4f7e-b445-8392a4b26621");
  private static final UUID ATTACHMENT_ID =
      UUID.fromString("6f0e2a44-2a0c-4c55-9d8e-3b7f4c1a9e01");

  @Test
  @Covers("listWorkspacePages")
  void listWorkspacePages() {
    PageSummaryPage page =
        plane.pages().listWorkspacePages(SLUG).type("public").search("welcome").perPage(20).cursor("20:1:0").execute();

    assertDocumentedPageList(page);
  }

  @Test
  @Covers("listProjectPages")
  void listProjectPages() {
    PageSummaryPage page =
        plane.pages().listProjectPages(SLUG, PROJECT_ID).type("archived")
            .execute();

    assertDocumentedPageList(page);
  }

  @Test
  @Covers("createWorkspacePage")
  void createWorkspacePage() {
    WikiPage created = plane.pages().createWorkspacePage(SLUG, newPage()).execute();

    assertDocumentedPage(created);
  }

  @Test
  @Covers("createProjectPage")
  void createProjectPage() {
    WikiPage created = plane.pages().createProjectPage(SLUG, PROJECT_ID, newPage()).execute();

    assertDocumentedPage(created);
  }

  @Test
  @Covers("getWorkspacePage")
  void getWorkspacePage() {
    assertDocumentedPage(plane.pages().getWorkspacePage(SLUG, PAGE_ID).execute());
  }

  @Test
  @Covers("getProjectPage")
  void getProjectPage() {
    assertDocumentedPage(plane.pages().getProjectPage(SLUG, PROJECT_ID, PAGE_ID).execute());
  }

  @Test
  @Covers("updateWorkspacePageContent")
  void updateWorkspacePageContent() {
    WikiPage page =
        plane.pages().updateWorkspacePageContent(SLUG, PAGE_ID, newContent()).execute();

    assertNewContent(page);
    assertEquals("PUT", lastRequest.method());
  }

  @Test
  @Covers("updateProjectPageContent")
  void updateProjectPageContent() {
    assertNewContent(
        plane.pages().updateProjectPageContent(SLUG, PROJECT_ID, PAGE_ID, newContent()).execute());
  }

  @Test
  @Covers({"archiveWorkspacePage", "restoreWorkspacePage", "deleteWorkspacePage"})
  void archiveRestoreAndDeleteAWorkspacePage() {
    assertEquals(204, plane.pages().archiveWorkspacePage(SLUG, PAGE_ID).executeForResponse().code());
    assertEquals("POST", lastRequest.method());
    assertEquals(204, plane.pages().restoreWorkspacePage(SLUG, PAGE_ID).executeForResponse().code());
    assertEquals("DELETE", lastRequest.method());
    assertTrue(lastRequest.url().encodedPath().endsWith("/" + PAGE_ID + "/archive/"));
    assertEquals(204, plane.pages().deleteWorkspacePage(SLUG, PAGE_ID).executeForResponse().code());
    assertTrue(lastRequest.url().encodedPath().endsWith("/pages/" + PAGE_ID + "/"));
  }

  @Test
  @Covers({"archiveProjectPage", "restoreProjectPage", "deleteProjectPage"})
  void archiveRestoreAndDeleteAProjectPage() {
    assertEquals(
        204, plane.pages().archiveProjectPage(SLUG, PROJECT_ID, PAGE_ID).executeForResponse().code());
    assertEquals(
        204, plane.pages().restoreProjectPage(SLUG, PROJECT_ID, PAGE_ID).executeForResponse().code());
    assertEquals(
        204, plane.pages().deleteProjectPage(SLUG, PROJECT_ID, PAGE_ID).executeForResponse().code());
  }

  @Test
  @Covers("getWorkspacePageAttachment")
  void getWorkspacePageAttachment() {
    PageAttachment attachment =
        plane.pages().getWorkspacePageAttachment(SLUG, DOC_ID, ATTACHMENT_ID).execute();

    assertEquals(ATTACHMENT_ID, attachment.getId());
    assertEquals(DOC_ID, attachment.getPageId());
    assertEquals("image/png", attachment.getType());
    assertEquals(24576L, attachment.getSize());
    assertTrue(attachment.getIsUploaded());
    assertTrue(attachment.getLinks().getDownload().endsWith("/download/"));
  }

  @Test
  @Covers("confirmWorkspacePageAttachmentUpload")
  void confirmWorkspacePageAttachmentUpload() {
    assertEquals(
        204,
        plane
            .pages()
            .confirmWorkspacePageAttachmentUpload(SLUG, DOC_ID, ATTACHMENT_ID)
            .pageAttachmentUploadStatus(new PageAttachmentUploadStatus().isUploaded(true))
            .executeForResponse()
            .code());
    assertEquals("{\"is_uploaded\":true}", lastRequestBody);
  }

  @Test
  @Covers("deleteWorkspacePageAttachment")
  void deleteWorkspacePageAttachment() {
    assertEquals(
        204,
        plane
            .pages()
            .deleteWorkspacePageAttachment(SLUG, DOC_ID, ATTACHMENT_ID)
            .executeForResponse()
            .code());
  }

  @Test
  @Covers("downloadWorkspacePageAttachment")
  void downloadWorkspacePageAttachmentRedirectsToTheFile() {
    Response<Void> response =
        plane
            .pages()
            .downloadWorkspacePageAttachment(SLUG, DOC_ID, ATTACHMENT_ID)
            .executeForResponse();

    assertEquals(302, response.code());
    assertTrue(response.headers().get("Location").startsWith("https://uploads.plane.so/"));
    assertNull(response.body());
  }

  private static PageContentUpdate newContent() {
    return new PageContentUpdate()
        .name("Release notes")
        .descriptionHtml("<p>Current release notes</p>");
  }

  private static void assertNewContent(WikiPage page) {
    assertEquals(DOC_ID, page.getId());
    assertEquals("Release notes", page.getName());
    assertEquals("<p>Current release notes</p>", page.getDescriptionHtml());
  }

  private static PageCreate newPage() {
    return new PageCreate()
        .name("Example Name")
        .descriptionHtml("<p>Example content</p>")
        .access(PageAccess.PUBLIC)
        .isLocked(true)
        .viewProps(Map.of())
        .logoProps(Map.of())
        .externalSource("github");
  }

  private static void assertDocumentedPageList(PageSummaryPage page) {
    assertEquals(4, page.getTotalResults());
    assertEquals("20:-1:1", page.getPrevCursor());
    assertFalse(page.getNextPageResults());
    PageSummary first = page.getResults().get(0);
    assertEquals(PAGE_ID, first.getId());
    assertEquals("welcome 3 b", first.getName());
    assertEquals(PageAccess.PUBLIC, first.getAccess());
    assertFalse(first.getIsLocked());
    assertNull(first.getArchivedAt());
    assertEquals(UUID.fromString("a2819c8b-f7ac-4cbd-b971-682726c4f8cc"), first.getParentId());
    assertEquals(OffsetDateTime.parse("2026-04-07T19:30:39.274060Z"), first.getUpdatedAt());
    assertEquals(Map.of(), first.getLogoProps());
  }

  private static void assertDocumentedPage(WikiPage page) {
    assertEquals(DOC_ID, page.getId());
    assertEquals("Example Name", page.getName());
    assertEquals("<p>Example content</p>", page.getDescriptionHtml());
    assertEquals(PageAccess.PUBLIC, page.getAccess());
    assertTrue(page.getIsLocked());
    assertEquals(LocalDate.of(2024, 1, 1), page.getArchivedAt());
    assertEquals(DOC_ID, page.getOwnedBy());
    assertEquals(DOC_TIME, page.getCreatedAt());
  }
}
