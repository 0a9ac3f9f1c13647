package io.github.planesdk.contract;

import static io.github.planesdk.contract.DocsExamples.DOC_ID;
import static io.github.planesdk.contract.DocsExamples.DOC_TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.planesdk.model.WorkItemPropertyValue;
import io.github.planesdk.model.WorkItemPropertyValueSet;
import io.github.planesdk.model.WorkItemPropertyValueUpdate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class WorkItemPropertyValuesContractTest extends ContractTestBase {
  private static final UUID WORK_ITEM_ID = UUID.fromString("c36ccef1-0a24-4888-96b2-784e8cd7e33b");
  private static final UUID PROPERTY_ID = UUID.fromString("f962febb-98bc-43ca-8bfb-8012e4d54dae");

  @Test
  @Covers("getWorkItemPropertyValue")
  void getWorkItemPropertyValue() {
    WorkItemPropertyValue value =
        plane
            .workItemPropertyValues()
            .getWorkItemPropertyValue(SLUG, PROJECT_ID, WORK_ITEM_ID, PROPERTY_ID)
            .execute();

    assertDocumentedValue(value);
  }

  @Test
  @Covers("setWorkItemPropertyValue")
  void setWorkItemPropertyValue() {
    WorkItemPropertyValue value =
        plane
            .workItemPropertyValues()
            .setWorkItemPropertyValue(
                SLUG,
                PROJECT_ID,
                WORK_ITEM_ID,
                PROPERTY_ID,
                new WorkItemPropertyValueSet().value("example text value").externalSource("github"))
            .execute();

    assertDocumentedValue(value);
  }

  @Test
  @Covers("setWorkItemPropertyValue")
  void setWorkItemPropertyValueOfAMultiOptionProperty() {
    // a multi-valued OPTION property takes a list of option ids
    WorkItemPropertyValueSet body =
        new WorkItemPropertyValueSet()
            .value(List.of("51a869d1-f612-4315-ac91-ffef3e96c20e", DOC_ID.toString()));

    WorkItemPropertyValue value =
        plane
            .workItemPropertyValues()
            .setWorkItemPropertyValue(SLUG, PROJECT_ID, WORK_ITEM_ID, PROPERTY_ID, body)
            .execute();

    assertEquals(DOC_ID, value.getPropertyId());
  }

  @Test
  @Covers("updateWorkItemPropertyValue")
  void updateWorkItemPropertyValue() {
    WorkItemPropertyValue value =
        plane
            .workItemPropertyValues()
            .updateWorkItemPropertyValue(
                SLUG,
                PROJECT_ID,
                WORK_ITEM_ID,
                PROPERTY_ID,
                new WorkItemPropertyValueUpdate().value("updated text value"))
            .execute();

    assertDocumentedValue(value);
  }

  @Test
  @Covers("deleteWorkItemPropertyValue")
  void deleteWorkItemPropertyValue() {
    Response<Void> response =
        plane
            .workItemPropertyValues()
            .deleteWorkItemPropertyValue(SLUG, PROJECT_ID, WORK_ITEM_ID, PROPERTY_ID)
            .executeForResponse();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  private static void assertDocumentedValue(WorkItemPropertyValue value) {
    assertEquals(DOC_ID, value.getId());
    assertEquals(DOC_ID, value.getPropertyId());
    assertEquals(DOC_ID, value.getIssueId());
    assertEquals("Example Name", value.getValue());
    assertEquals("Example Name", value.getValueType());
    assertEquals("github", value.getExternalSource());
    assertEquals(DOC_TIME, value.getCreatedAt());
  }
}
