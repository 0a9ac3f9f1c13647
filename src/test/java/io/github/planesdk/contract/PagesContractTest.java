package io.github.planesdk.contract;

import static io.github.planesdk.contract.DocsExamples.DOC_ID;
import static io.github.planesdk.contract.DocsExamples.DOC_TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.model.Page;
import io.github.planesdk.model.PageAccess;
import io.github.planesdk.model.PageCreate;
import io.github.planesdk.model.PageSummary;
import io.github.planesdk.model.PageSummaryPage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PagesContractTest extends ContractTestBase {
  private static final UUID PAGE_ID = UUID.fromString("b3478c56-31f6-4f7e-b445-8392a4b26621");

  @Test
  @Covers("listWorkspacePages")
  void listWorkspacePages() {
    PageSummaryPage page =
        plane.pages().listWorkspacePages(SLUG, "public", "welcome", 20, "20:1:0").execute();

    assertDocumentedPageList(page);
  }

  @Test
  @Covers("listProjectPages")
  void listProjectPages() {
    PageSummaryPage page =
        plane.pages().listProjectPages(SLUG, PROJECT_ID, "archived", null, null, null)
            .execute();

    assertDocumentedPageList(page);
  }

  @Test
  @Covers("createWorkspacePage")
  void createWorkspacePage() {
    Page created = plane.pages().createWorkspacePage(SLUG, newPage()).execute();

    assertDocumentedPage(created);
  }

  @Test
  @Covers("createProjectPage")
  void createProjectPage() {
    Page created = plane.pages().createProjectPage(SLUG, PROJECT_ID, newPage()).execute();

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

  private static void assertDocumentedPage(Page page) {
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
