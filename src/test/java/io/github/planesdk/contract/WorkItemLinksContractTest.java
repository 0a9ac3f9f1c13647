package io.github.planesdk.contract;

import static io.github.planesdk.contract.WorkItemsContractTest.PARENT_ID;
import static io.github.planesdk.contract.WorkItemsContractTest.assertAliasPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.planesdk.api.WorkItemLinksApi.GetWorkItemLinkRequest;
import io.github.planesdk.api.WorkItemLinksApi.ListWorkItemLinksRequest;
import io.github.planesdk.model.WorkItemLink;
import io.github.planesdk.model.WorkItemLinkCreate;
import io.github.planesdk.model.WorkItemLinkPage;
import io.github.planesdk.model.WorkItemLinkUpdate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class WorkItemLinksContractTest extends ContractTestBase {
  static final UUID LINK_ID = UUID.fromString("9ebbef84-2dc6-49e1-a31a-8c5b3442331b");

  @Test
  @Covers("listWorkItemLinks")
  void listWorkItemLinks() {
    WorkItemLinkPage page =
        plane
            .workItemLinks()
            .listWorkItemLinks(SLUG, PROJECT_ID, PARENT_ID)
            .fields(
                ListWorkItemLinksRequest.Fields.ID,
                ListWorkItemLinksRequest.Fields.URL,
                ListWorkItemLinksRequest.Fields.TITLE)
            .execute();

    assertRecordedPage(page);
  }

  @Test
  @Covers("createWorkItemLink")
  void createWorkItemLink() {
    Response<WorkItemLink> response =
        plane
            .workItemLinks()
            .createWorkItemLink(
                SLUG,
                PROJECT_ID,
                PARENT_ID,
                new WorkItemLinkCreate().url("http://127.0.0.1/recorder/spec").title("Spec"))
            .executeForResponse();

    assertEquals(201, response.code());
    assertRecordedLink(response.body());
    assertEquals(Map.of(), response.body().getMetadata());
  }

  @Test
  @Covers("getWorkItemLink")
  void getWorkItemLinkAnswersTheLinkNotAPage() {
    WorkItemLink link =
        plane
            .workItemLinks()
            .getWorkItemLink(SLUG, PROJECT_ID, PARENT_ID, LINK_ID)
            .expand(GetWorkItemLinkRequest.Expand.PROJECT)
            .execute();

    assertRecordedLink(link);
    assertRecordedMetadata(link);
  }

  @Test
  @Covers("updateWorkItemLink")
  void updateWorkItemLink() {
    WorkItemLink link =
        plane
            .workItemLinks()
            .updateWorkItemLink(
                SLUG, PROJECT_ID, PARENT_ID, LINK_ID, new WorkItemLinkUpdate().title("Spec"))
            .execute();

    assertRecordedLink(link);
  }

  @Test
  @Covers("deleteWorkItemLink")
  void deleteWorkItemLink() {
    assertEquals(
        204,
        plane
            .workItemLinks()
            .deleteWorkItemLink(SLUG, PROJECT_ID, PARENT_ID, LINK_ID)
            .executeForResponse()
            .code());
  }

  // --- the deprecated `issues/` paths: same answers, so the same checks

  @Test
  @Covers("listWorkItemLinksViaIssuesAlias")
  @SuppressWarnings("deprecation")
  void listWorkItemLinksViaIssuesAlias() {
    Response<WorkItemLinkPage> response =
        plane
            .workItemLinks()
            .listWorkItemLinksViaIssuesAlias(SLUG, PROJECT_ID, PARENT_ID)
            .executeForResponse();

    assertAliasPath(response, "/issues/" + PARENT_ID + "/links/");
    assertRecordedPage(response.body());
  }

  @Test
  @Covers("createWorkItemLinkViaIssuesAlias")
  @SuppressWarnings("deprecation")
  void createWorkItemLinkViaIssuesAlias() {
    Response<WorkItemLink> response =
        plane
            .workItemLinks()
            .createWorkItemLinkViaIssuesAlias(
                SLUG, PROJECT_ID, PARENT_ID, new WorkItemLinkCreate().url("https://example.org/x"))
            .executeForResponse();

    assertEquals(201, response.code());
    assertAliasPath(response, "/issues/" + PARENT_ID + "/links/");
    assertRecordedLink(response.body());
  }

  @Test
  @Covers("getWorkItemLinkViaIssuesAlias")
  @SuppressWarnings("deprecation")
  void getWorkItemLinkViaIssuesAlias() {
    Response<WorkItemLink> response =
        plane
            .workItemLinks()
            .getWorkItemLinkViaIssuesAlias(SLUG, PROJECT_ID, PARENT_ID, LINK_ID)
            .executeForResponse();

    assertAliasPath(response, "/issues/" + PARENT_ID + "/links/" + LINK_ID + "/");
    assertRecordedLink(response.body());
    assertRecordedMetadata(response.body());
  }

  @Test
  @Covers("updateWorkItemLinkViaIssuesAlias")
  @SuppressWarnings("deprecation")
  void updateWorkItemLinkViaIssuesAlias() {
    Response<WorkItemLink> response =
        plane
            .workItemLinks()
            .updateWorkItemLinkViaIssuesAlias(
                SLUG,
                PROJECT_ID,
                PARENT_ID,
                LINK_ID,
                new WorkItemLinkUpdate().url("http://127.0.0.1/recorder/spec"))
            .executeForResponse();

    assertAliasPath(response, "/issues/" + PARENT_ID + "/links/" + LINK_ID + "/");
    assertRecordedLink(response.body());
  }

  @Test
  @Covers("deleteWorkItemLinkViaIssuesAlias")
  @SuppressWarnings("deprecation")
  void deleteWorkItemLinkViaIssuesAlias() {
    Response<Void> response =
        plane
            .workItemLinks()
            .deleteWorkItemLinkViaIssuesAlias(SLUG, PROJECT_ID, PARENT_ID, LINK_ID)
            .executeForResponse();

    assertEquals(204, response.code());
    assertAliasPath(response, "/issues/" + PARENT_ID + "/links/" + LINK_ID + "/");
  }

  private static void assertRecordedPage(WorkItemLinkPage page) {
    assertFalse(page.getNextPageResults());
    assertEquals(1, page.getCount());
    assertRecordedLink(page.getResults().get(0));
    assertRecordedMetadata(page.getResults().get(0));
  }

  private static void assertRecordedLink(WorkItemLink link) {
    assertEquals(LINK_ID, link.getId());
    assertEquals("Spec", link.getTitle());
    assertEquals("http://127.0.0.1/recorder/spec", link.getUrl());
    assertEquals(PARENT_ID, link.getIssue());
    assertEquals(PROJECT_ID, link.getProject().id());
    assertEquals(WORKSPACE_ID, link.getWorkspace().id());
    assertNull(link.getCreatedBy());
    assertEquals(OffsetDateTime.parse("2026-11-27T22:53:48.368877Z"), link.getCreatedAt());
  }

  private static void assertRecordedMetadata(WorkItemLink link) {
    Map<String, Object> metadata = link.getMetadata();
    assertEquals("http://127.0.0.1/recorder/spec", metadata.get("url"));
    assertEquals("data:image/svg+xml;base64,PHN2Zy8+", metadata.get("favicon"));
    assertNull(metadata.get("title"));
  }
}
