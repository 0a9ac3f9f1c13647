package io.github.planesdk.contract;

import static io.github.planesdk.contract.DocsExamples.DOC_ID;
import static io.github.planesdk.contract.DocsExamples.DOC_TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.model.WorkItemPropertyOption;
import io.github.planesdk.model.WorkItemPropertyOptionCreate;
import io.github.planesdk.model.WorkItemPropertyOptionUpdate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class WorkItemPropertyOptionsContractTest extends ContractTestBase {
  private static final UUID PROPERTY_ID = UUID.fromString("f962febb-98bc-43ca-8bfb-8012e4d54dae");
  private static final UUID OPTION_ID = UUID.fromString("51a869d1-f612-4315-ac91-ffef3e96c20e");

  @Test
  @Covers("listWorkItemPropertyOptions")
  void listWorkItemPropertyOptions() {
    List<WorkItemPropertyOption> options =
        plane.workItemPropertyOptions().listWorkItemPropertyOptions(SLUG, PROJECT_ID, PROPERTY_ID)
            .execute();

    assertEquals(1, options.size());
    assertDocumentedOption(options.get(0));
  }

  @Test
  @Covers("createWorkItemPropertyOption")
  void createWorkItemPropertyOption() {
    WorkItemPropertyOption created =
        plane
            .workItemPropertyOptions()
            .createWorkItemPropertyOption(
                SLUG,
                PROJECT_ID,
                PROPERTY_ID,
                new WorkItemPropertyOptionCreate()
                    .name("Example Name")
                    .description("Example description")
                    .parent(OPTION_ID)
                    .externalSource("github"))
            .execute();

    assertDocumentedOption(created);
  }

  @Test
  @Covers("getWorkItemPropertyOption")
  void getWorkItemPropertyOption() {
    WorkItemPropertyOption option =
        plane
            .workItemPropertyOptions()
            .getWorkItemPropertyOption(SLUG, PROJECT_ID, PROPERTY_ID, OPTION_ID)
            .execute();

    assertDocumentedOption(option);
  }

  @Test
  @Covers("updateWorkItemPropertyOption")
  void updateWorkItemPropertyOption() {
    WorkItemPropertyOption updated =
        plane
            .workItemPropertyOptions()
            .updateWorkItemPropertyOption(
                SLUG, PROJECT_ID, PROPERTY_ID, OPTION_ID,
                new WorkItemPropertyOptionUpdate().isDefault(true))
            .execute();

    assertDocumentedOption(updated);
  }

  @Test
  @Covers("deleteWorkItemPropertyOption")
  void deleteWorkItemPropertyOption() {
    Response<Void> response =
        plane
            .workItemPropertyOptions()
            .deleteWorkItemPropertyOption(SLUG, PROJECT_ID, PROPERTY_ID, OPTION_ID)
            .executeForResponse();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  private static void assertDocumentedOption(WorkItemPropertyOption option) {
    assertEquals(DOC_ID, option.getId());
    assertEquals("Example Name", option.getName());
    assertEquals("Example description", option.getDescription());
    assertEquals(1.0, option.getSortOrder());
    assertTrue(option.getIsActive());
    assertTrue(option.getIsDefault());
    assertEquals("github", option.getExternalSource());
    assertEquals(DOC_ID.toString(), option.getExternalId());
    assertEquals(DOC_TIME, option.getUpdatedAt());
  }
}
