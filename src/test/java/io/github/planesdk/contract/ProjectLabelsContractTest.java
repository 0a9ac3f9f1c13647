package io.github.planesdk.contract;

import static io.github.planesdk.contract.DocsExamples.DOC_ID;
import static io.github.planesdk.contract.DocsExamples.DOC_TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.api.ProjectLabelsApi.ListProjectLabelsRequest;
import io.github.planesdk.model.ProjectLabel;
import io.github.planesdk.model.ProjectLabelCreate;
import io.github.planesdk.model.ProjectLabelPage;
import io.github.planesdk.model.ProjectLabelUpdate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class ProjectLabelsContractTest extends ContractTestBase {
  private static final UUID LABEL_ID = UUID.fromString("3d1c2b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d");

  @Test
  @Covers("listProjectLabels")
  void listProjectLabels() {
    ProjectLabelPage page =
        plane
            .projectLabels()
            .listProjectLabels(SLUG)
            .cursor("20:1:0")
            .expand(ListProjectLabelsRequest.Expand.CREATED_BY)
            .fields(
                ListProjectLabelsRequest.Fields.ID,
                ListProjectLabelsRequest.Fields.NAME,
                ListProjectLabelsRequest.Fields.COLOR)
            .orderBy("sort_order")
            .perPage(20)
            .execute();

    assertFalse(page.getNextPageResults());
    assertEquals(1, page.getTotalResults());
    assertEquals(1, page.getCount());
    assertEquals(1, page.getResults().size());
    assertDocumentedLabel(page.getResults().get(0));
  }

  @Test
  @Covers("createProjectLabel")
  void createProjectLabel() {
    ProjectLabel created =
        plane
            .projectLabels()
            .createProjectLabel(
                SLUG,
                new ProjectLabelCreate()
                    .name("Example Name")
                    .color("#ff0000")
                    .description("Example description"))
            .execute();

    assertDocumentedLabel(created);
  }

  @Test
  @Covers("getProjectLabel")
  void getProjectLabel() {
    assertDocumentedLabel(plane.projectLabels().getProjectLabel(SLUG, LABEL_ID).execute());
  }

  @Test
  @Covers("updateProjectLabel")
  void updateProjectLabel() {
    ProjectLabel updated =
        plane
            .projectLabels()
            .updateProjectLabel(SLUG, LABEL_ID, new ProjectLabelUpdate().color("#00ff00").sortOrder(1.5))
            .execute();

    assertDocumentedLabel(updated);
  }

  @Test
  @Covers("deleteProjectLabel")
  void deleteProjectLabel() {
    Response<Void> response =
        plane.projectLabels().deleteProjectLabel(SLUG, LABEL_ID).executeForResponse();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  private static void assertDocumentedLabel(ProjectLabel label) {
    assertEquals(DOC_ID, label.getId());
    assertEquals("Example Name", label.getName());
    assertEquals("#f39c12", label.getColor());
    assertEquals(65535.0, label.getSortOrder());
    assertEquals(DOC_ID, label.getWorkspace().id());
    assertFalse(label.getCreatedBy().isExpanded());
    assertEquals(DOC_ID, label.getCreatedBy().id());
    assertEquals(DOC_TIME, label.getUpdatedAt());
  }
}
