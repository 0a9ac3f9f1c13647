package io.github.planesdk.contract;

import static io.github.planesdk.contract.DocsExamples.DOC_ID;
import static io.github.planesdk.contract.DocsExamples.DOC_TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.api.WorkItemTypesApi.GetWorkItemTypeSchemaRequest;
import io.github.planesdk.model.WorkItemPropertyType;
import io.github.planesdk.model.WorkItemType;
import io.github.planesdk.model.WorkItemTypeCreate;
import io.github.planesdk.model.WorkItemTypeCustomField;
import io.github.planesdk.model.WorkItemTypeField;
import io.github.planesdk.model.WorkItemTypeSchema;
import io.github.planesdk.model.WorkItemTypeUpdate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class WorkItemTypesContractTest extends ContractTestBase {
  private static final UUID TYPE_ID = UUID.fromString("d6af3c13-3459-43ab-b91c-c33ef2fd7131");

  @Test
  @Covers("listWorkItemTypes")
  void listWorkItemTypes() {
    List<WorkItemType> types = plane.workItemTypes().listWorkItemTypes(SLUG, PROJECT_ID).execute();

    assertEquals(1, types.size());
    assertDocumentedType(types.get(0));
  }

  @Test
  @Covers("createWorkItemType")
  void createWorkItemType() {
    WorkItemType created =
        plane
            .workItemTypes()
            .createWorkItemType(
                SLUG,
                PROJECT_ID,
                new WorkItemTypeCreate()
                    .name("Example Name")
                    .description("Example description")
                    .externalId(DOC_ID.toString())
                    .externalSource("github"))
            .execute();

    assertDocumentedType(created);
  }

  @Test
  @Covers("getWorkItemType")
  void getWorkItemType() {
    assertDocumentedType(plane.workItemTypes().getWorkItemType(SLUG, PROJECT_ID, TYPE_ID).execute());
  }

  @Test
  @Covers("updateWorkItemType")
  void updateWorkItemType() {
    WorkItemType updated =
        plane
            .workItemTypes()
            .updateWorkItemType(SLUG, PROJECT_ID, TYPE_ID, new WorkItemTypeUpdate().isActive(true))
            .execute();

    assertDocumentedType(updated);
  }

  @Test
  @Covers("deleteWorkItemType")
  void deleteWorkItemType() {
    Response<Void> response =
        plane.workItemTypes().deleteWorkItemType(SLUG, PROJECT_ID, TYPE_ID).executeForResponse();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  @Test
  @Covers("getWorkItemTypeSchema")
  void getWorkItemTypeSchema() {
    WorkItemTypeSchema schema =
        plane
            .workItemTypes()
            .getWorkItemTypeSchema(SLUG, PROJECT_ID)
            .include(
                GetWorkItemTypeSchemaRequest.Include.MEMBERS,
                GetWorkItemTypeSchemaRequest.Include.LABELS)
            .typeId(TYPE_ID)
            .execute();

    assertEquals(DOC_ID, schema.getTypeId());
    assertEquals("Bug", schema.getTypeName());
    WorkItemTypeField name = schema.getFields().get("name");
    assertTrue(name.getRequired());
    assertEquals(255, name.getMaxLength());
    WorkItemTypeField priority = schema.getFields().get("priority");
    assertEquals("option", priority.getType());
    assertEquals("urgent", priority.getOptions().get(0).getValue());
    assertEquals("High", priority.getOptions().get(1).getLabel());
    WorkItemTypeField state = schema.getFields().get("state_id");
    assertEquals(
        UUID.fromString("8693abf8-48cb-4d09-b520-e3b3429eab2d"), state.getOptions().get(0).getId());
    assertEquals("backlog", state.getOptions().get(0).getGroup());
    WorkItemTypeCustomField severity = schema.getCustomFields().get("custom_field_severity");
    assertEquals(WorkItemPropertyType.OPTION, severity.getType());
    assertFalse(severity.getIsMulti());
    assertEquals(
        UUID.fromString("51a869d1-f612-4315-ac91-ffef3e96c20e"),
        severity.getOptions().get(0).getId());
  }

  @Test
  @Covers("getWorkItemTypeSchema")
  void getWorkItemTypeSchemaOfTheDefaultType() {
    WorkItemTypeSchema schema =
        plane.workItemTypes().getWorkItemTypeSchema(SLUG, PROJECT_ID).execute();

    assertEquals(3, schema.getFields().size());
  }

  private static void assertDocumentedType(WorkItemType type) {
    assertEquals(DOC_ID, type.getId());
    assertEquals("Example Name", type.getName());
    assertEquals("Example description", type.getDescription());
    assertEquals(List.of(DOC_ID), type.getProjectIds());
    assertEquals(Map.of(), type.getLogoProps());
    assertTrue(type.getIsEpic());
    assertTrue(type.getIsDefault());
    assertEquals(1, type.getLevel());
    assertEquals(DOC_TIME, type.getCreatedAt());
  }
}
