package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.planesdk.api.LabelsApi.ListLabelsRequest;
import io.github.planesdk.model.Label;
import io.github.planesdk.model.LabelCreate;
import io.github.planesdk.model.LabelPage;
import io.github.planesdk.model.LabelUpdate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class LabelsContractTest extends ContractTestBase {
  static final UUID LABEL_ID = UUID.fromString("fc949f7a-2f0e-4843-8154-d2fb29f7a0e1");
  static final UUID PARENT_LABEL_ID = UUID.fromString("e882e997-40ed-460e-8789-e79b4dced6f8");

  @Test
  @Covers("listLabels")
  void listLabels() {
    LabelPage page =
        plane
            .labels()
            .listLabels(SLUG, PROJECT_ID)
            .perPage(100)
            .fields(
                ListLabelsRequest.Fields.ID,
                ListLabelsRequest.Fields.NAME,
                ListLabelsRequest.Fields.PARENT)
            .expand(ListLabelsRequest.Expand.WORKSPACE)
            .execute();

    assertFalse(page.getNextPageResults());
    assertEquals(2, page.getCount());
    assertRecordedLabel(page.getResults().get(0));
    Label parent = page.getResults().get(1);
    assertEquals(PARENT_LABEL_ID, parent.getId());
    assertEquals("parent label", parent.getDescription());
    assertNull(parent.getParent());
  }

  @Test
  @Covers("createLabel")
  void createLabel() {
    Response<Label> response =
        plane
            .labels()
            .createLabel(
                SLUG,
                PROJECT_ID,
                new LabelCreate().name("Recorder Area/API").color("#22C55E").parent(PARENT_LABEL_ID))
            .executeForResponse();

    assertEquals(201, response.code());
    assertRecordedLabel(response.body());
  }

  @Test
  @Covers("getLabel")
  void getLabel() {
    assertRecordedLabel(plane.labels().getLabel(SLUG, PROJECT_ID, LABEL_ID).execute());
  }

  @Test
  @Covers("updateLabel")
  void updateLabel() {
    Label label =
        plane
            .labels()
            .updateLabel(
                SLUG, PROJECT_ID, LABEL_ID, new LabelUpdate().color("#16A34A").sortOrder(75535.0))
            .execute();

    assertRecordedLabel(label);
  }

  @Test
  @Covers("deleteLabel")
  void deleteLabel() {
    assertEquals(
        204, plane.labels().deleteLabel(SLUG, PROJECT_ID, LABEL_ID).executeForResponse().code());
  }

  private static void assertRecordedLabel(Label l) {
    assertEquals(LABEL_ID, l.getId());
    assertEquals("Recorder Area/API", l.getName());
    assertEquals("#16A34A", l.getColor());
    assertEquals(75535.0, l.getSortOrder());
    assertEquals(PARENT_LABEL_ID, l.getParent());
    assertEquals(PROJECT_ID, l.getProject().id());
    assertFalse(l.getProject().isExpanded());
    assertEquals(WORKSPACE_ID, l.getWorkspace().id());
    assertEquals(USER_ID, l.getUpdatedBy().id());
    assertEquals(OffsetDateTime.parse("2026-11-27T22:52:47.084227Z"), l.getCreatedAt());
  }
}
