package io.github.planesdk.contract;

import static io.github.planesdk.contract.DocsExamples.DOC_ID;
import static io.github.planesdk.contract.DocsExamples.DOC_TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.model.PageLite;
import io.github.planesdk.model.WorkItemPageLink;
import io.github.planesdk.model.WorkItemPageLinkCreate;
import io.github.planesdk.model.WorkItemPageLinkPage;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class WorkItemPagesContractTest extends ContractTestBase {
  private static final UUID WORK_ITEM_ID = UUID.fromString("c36ccef1-0a24-4888-96b2-784e8cd7e33b");
  private static final UUID PAGE_ID = UUID.fromString("b3478c56-31f6-4f7e-b445-8392a4b26621");

  @Test
  @Covers("listWorkItemPageLinks")
  void listWorkItemPageLinks() {
    WorkItemPageLinkPage page =
        plane
            .workItemPages()
            .listWorkItemPageLinks(SLUG, PROJECT_ID, WORK_ITEM_ID)
            .cursor("20:1:0")
            .orderBy("-created_at")
            .perPage(20)
            .execute();

    assertFalse(page.getNextPageResults());
    assertEquals("20:1:0", page.getNextCursor());
    assertEquals(1, page.getTotalResults());
    assertEquals(1, page.getTotalPages());
    assertEquals(1, page.getResults().size());
    assertDocumentedLink(page.getResults().get(0));
  }

  @Test
  @Covers("createWorkItemPageLink")
  void createWorkItemPageLink() {
    WorkItemPageLink link =
        plane
            .workItemPages()
            .createWorkItemPageLink(
                SLUG, PROJECT_ID, WORK_ITEM_ID, new WorkItemPageLinkCreate().pageId(PAGE_ID))
            .execute();

    assertDocumentedLink(link);
  }

  @Test
  @Covers("getWorkItemPageLink")
  void getWorkItemPageLink() {
    WorkItemPageLink link =
        plane.workItemPages().getWorkItemPageLink(SLUG, PROJECT_ID, WORK_ITEM_ID, PAGE_ID).execute();

    assertDocumentedLink(link);
  }

  @Test
  @Covers("deleteWorkItemPageLink")
  void deleteWorkItemPageLink() {
    Response<Void> response =
        plane
            .workItemPages()
            .deleteWorkItemPageLink(SLUG, PROJECT_ID, WORK_ITEM_ID, PAGE_ID)
            .executeForResponse();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  private static void assertDocumentedLink(WorkItemPageLink link) {
    assertEquals(DOC_ID, link.getId());
    assertEquals(DOC_ID, link.getIssue());
    assertEquals(DOC_ID, link.getProject());
    assertEquals(DOC_TIME, link.getCreatedAt());
    PageLite page = link.getPage();
    assertEquals("Example Name", page.getName());
    assertEquals("<p>Example content</p>", page.getDescriptionHtml());
    assertFalse(page.getIsGlobal());
    assertEquals(Map.of(), page.getLogoProps());
    assertEquals(DOC_TIME, page.getUpdatedAt());
  }
}
