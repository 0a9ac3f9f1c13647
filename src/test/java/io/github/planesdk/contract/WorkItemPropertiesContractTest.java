package io.github.planesdk.contract;

import static io.github.planesdk.contract.DocsExamples.DOC_ID;
import static io.github.planesdk.contract.DocsExamples.DOC_TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.model.WorkItemProperty;
import io.github.planesdk.model.WorkItemPropertyCreate;
import io.github.planesdk.model.WorkItemPropertyOptionSeed;
import io.github.planesdk.model.WorkItemPropertyRelationType;
import io.github.planesdk.model.WorkItemPropertyType;
import io.github.planesdk.model.WorkItemPropertyUpdate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class WorkItemPropertiesContractTest extends ContractTestBase {
  private static final UUID TYPE_ID = UUID.fromString("d6af3c13-3459-43ab-b91c-c33ef2fd7131");
  private static final UUID PROPERTY_ID = UUID.fromString("f962febb-98bc-43ca-8bfb-8012e4d54dae");

  @Test
  @Covers("listWorkItemProperties")
  void listWorkItemProperties() {
    List<WorkItemProperty> properties =
        plane.workItemProperties().listWorkItemProperties(SLUG, PROJECT_ID, TYPE_ID).execute();

    assertEquals(1, properties.size());
    assertDocumentedProperty(properties.get(0));
  }

  @Test
  @Covers("createWorkItemProperty")
  void createWorkItemProperty() {
    WorkItemPropertyCreate body =
        new WorkItemPropertyCreate()
            .displayName("Severity")
            .propertyType(WorkItemPropertyType.OPTION)
            .isRequired(true)
            .options(
                List.of(
                    new WorkItemPropertyOptionSeed().name("Critical").isDefault(false),
                    new WorkItemPropertyOptionSeed().name("Minor").isDefault(true)))
            .externalSource("github");

    WorkItemProperty created =
        plane.workItemProperties().createWorkItemProperty(SLUG, PROJECT_ID, TYPE_ID, body).execute();

    assertDocumentedProperty(created);
  }

  @Test
  @Covers("getWorkItemProperty")
  void getWorkItemProperty() {
    WorkItemProperty property =
        plane.workItemProperties().getWorkItemProperty(SLUG, PROJECT_ID, TYPE_ID, PROPERTY_ID)
            .execute();

    assertDocumentedProperty(property);
  }

  @Test
  @Covers("updateWorkItemProperty")
  void updateWorkItemProperty() {
    WorkItemProperty updated =
        plane
            .workItemProperties()
            .updateWorkItemProperty(
                SLUG,
                PROJECT_ID,
                TYPE_ID,
                PROPERTY_ID,
                new WorkItemPropertyUpdate()
                    .relationType(WorkItemPropertyRelationType.USER)
                    .settings(Map.of("display_format", "dropdown")))
            .execute();

    assertDocumentedProperty(updated);
  }

  @Test
  @Covers("deleteWorkItemProperty")
  void deleteWorkItemProperty() {
    Response<Void> response =
        plane
            .workItemProperties()
            .deleteWorkItemProperty(SLUG, PROJECT_ID, TYPE_ID, PROPERTY_ID)
            .executeForResponse();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  private static void assertDocumentedProperty(WorkItemProperty property) {
    assertEquals(DOC_ID, property.getId());
    assertEquals("Example Name", property.getDisplayName());
    assertEquals(WorkItemPropertyType.TEXT, property.getPropertyType());
    assertEquals(WorkItemPropertyRelationType.ISSUE, property.getRelationType());
    assertEquals(1.0, property.getSortOrder());
    assertTrue(property.getIsRequired());
    assertEquals(Map.of(), property.getLogoProps());
    assertEquals(DOC_TIME, property.getDeletedAt());
  }
}
