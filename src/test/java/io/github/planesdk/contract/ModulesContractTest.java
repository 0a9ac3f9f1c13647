package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.api.ModulesApi.ListModuleWorkItemsRequest;
import io.github.planesdk.api.ModulesApi.ListModulesRequest;
import io.github.planesdk.errors.PlaneBadRequestException;
import io.github.planesdk.json.PlaneJson;
import io.github.planesdk.model.ErrorBody;
import io.github.planesdk.model.ModuleCreate;
import io.github.planesdk.model.ModuleIssue;
import io.github.planesdk.model.ModulePage;
import io.github.planesdk.model.ModuleStatus;
import io.github.planesdk.model.ModuleUpdate;
import io.github.planesdk.model.ModuleWorkItemsAdd;
import io.github.planesdk.model.ProjectModule;
import io.github.planesdk.model.WorkItem;
import io.github.planesdk.model.WorkItemPage;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class ModulesContractTest extends ContractTestBase {
  private static final UUID MODULE_ID = UUID.fromString("02ed05d4-3a5b-4250-a684-192f08d13b46");
  private static final UUID ARCHIVED_MODULE_ID =
      UUID.fromString("952f105d-35c0-4b1f-9e2a-53b2fd762c0e");
  private static final UUID PARENT_ITEM = UUID.fromString("e4213835-14c8-4556-b23f-dc1b90b6661c");
  private static final UUID CHILD_ITEM = UUID.fromString("64d555d1-082a-4c24-886c-1a8b6200c533");

  @Test
  @Covers("listModulesLite")
  void listModulesLite() {
    ModulePage page = plane.modules().listModulesLite(SLUG, PROJECT_ID).perPage(20).execute();

    assertEquals(1, page.getTotalResults());
    assertRecordedModule(page.getResults().get(0));
  }

  @Test
  @Covers("createModule")
  void aFieldErrorOnStatusIsAFieldError() throws IOException {
    // recorded: a bad module status answers {"status": ["..."]}; `status` is also the boolean
    // of view errors, and decoding this body used to fail
    PlaneBadRequestException e =
        assertThrows(
            PlaneBadRequestException.class,
            () ->
                PreferExample.errorClient(plane, 400, "statusFieldError")
                    .modules()
                    .createModule(SLUG, PROJECT_ID, new ModuleCreate().name("Recorder module 3"))
                    .execute());

    String message = "\"bogus\" is not a valid choice.";
    assertEquals(Map.of("status", List.of(message)), e.fieldErrors());
    ErrorBody body = PlaneJson.moshi().adapter(ErrorBody.class).fromJson(e.body());
    assertEquals(List.of(message), body.getStatus());
  }

  @Test
  @Covers("listModules")
  void listModules() {
    ModulePage page =
        plane
            .modules()
            .listModules(SLUG, PROJECT_ID)
            .perPage(50)
            .fields(
                ListModulesRequest.Fields.ID,
                ListModulesRequest.Fields.NAME,
                ListModulesRequest.Fields.STATUS,
                ListModulesRequest.Fields.LEAD)
            .expand(ListModulesRequest.Expand.LEAD)
            .execute();

    assertEquals(1, page.getTotalResults());
    assertEquals("1000:-1:1", page.getPrevCursor());
    ProjectModule module = page.getResults().get(0);
    assertRecordedModule(module);
    assertEquals(0, module.getTotalIssues());
  }

  @Test
  @Covers("createModule")
  void createModule() {
    ProjectModule created =
        plane
            .modules()
            .createModule(
                SLUG,
                PROJECT_ID,
                new ModuleCreate()
                    .name("Recorder module")
                    .description("module from the recorder")
                    .startDate(LocalDate.of(2026, 11, 27))
                    .targetDate(LocalDate.of(2026, 12, 27))
                    .status(ModuleStatus.IN_PROGRESS)
                    .lead(USER_ID)
                    .members(List.of(USER_ID)))
            .execute();

    assertRecordedModule(created);
    assertNull(created.getTotalIssues());
  }

  @Test
  @Covers("getModule")
  void getModule() {
    Response<ProjectModule> response =
        plane.modules().getModule(SLUG, PROJECT_ID, MODULE_ID).executeForResponse();

    assertEquals(200, response.code());
    assertEquals("59", response.headers().get("X-RateLimit-Remaining"));
    assertRecordedModule(response.body());
  }

  @Test
  @Covers("updateModule")
  void updateModuleAnswersTheWritableFields() {
    ProjectModule updated =
        plane
            .modules()
            .updateModule(
                SLUG, PROJECT_ID, MODULE_ID,
                new ModuleUpdate().description("patched").targetDate(LocalDate.of(2027, 1, 11)))
            .execute();

    assertEquals("patched", updated.getDescription());
    assertEquals(LocalDate.of(2027, 1, 11), updated.getTargetDate());
    assertEquals(ModuleStatus.IN_PROGRESS, updated.getStatus());
    assertEquals(USER_ID, updated.getLead().id());
    assertNull(updated.getId());
    assertNull(updated.getMembers());
  }

  @Test
  @Covers("deleteModule")
  void deleteModule() {
    Response<Void> response =
        plane.modules().deleteModule(SLUG, PROJECT_ID, MODULE_ID).executeForResponse();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  @Test
  @Covers({"archiveModule", "unarchiveModule"})
  void archiveAndUnarchiveModule() {
    assertEquals(
        204,
        plane.modules().archiveModule(SLUG, PROJECT_ID, ARCHIVED_MODULE_ID).executeForResponse()
            .code());
    assertEquals(
        204,
        plane.modules().unarchiveModule(SLUG, PROJECT_ID, ARCHIVED_MODULE_ID).executeForResponse()
            .code());
  }

  @Test
  @Covers("listArchivedModules")
  void listArchivedModules() {
    ModulePage page =
        plane.modules().listArchivedModules(SLUG, PROJECT_ID).execute();

    ProjectModule archived = page.getResults().get(0);
    assertEquals(ARCHIVED_MODULE_ID, archived.getId());
    assertEquals(ModuleStatus.COMPLETED, archived.getStatus());
    assertEquals(OffsetDateTime.parse("2026-11-27T22:54:50.995748Z"), archived.getArchivedAt());
    assertNull(archived.getLead());
    assertTrue(archived.getMembers().isEmpty());
    assertNull(archived.getStartDate());
  }

  @Test
  @Covers("listModuleWorkItems")
  void listModuleWorkItems() {
    WorkItemPage page =
        plane
            .modules()
            .listModuleWorkItems(SLUG, PROJECT_ID, MODULE_ID)
            .cursor("1000:0:0")
            .fields(
                ListModuleWorkItemsRequest.Fields.ID,
                ListModuleWorkItemsRequest.Fields.NAME,
                ListModuleWorkItemsRequest.Fields.PARENT)
            .expand(ListModuleWorkItemsRequest.Expand.PARENT)
            .orderBy("sequence_id")
            .execute();

    assertFalse(page.getNextPageResults());
    WorkItem item = page.getResults().get(0);
    assertEquals(CHILD_ITEM, item.getId());
    assertEquals(PARENT_ITEM, item.getParent().id());
    assertEquals("Recorder child item", item.getName());
  }

  @Test
  @Covers("addModuleWorkItems")
  void addModuleWorkItems() {
    List<ModuleIssue> rows =
        plane
            .modules()
            .addModuleWorkItems(
                SLUG, PROJECT_ID, MODULE_ID,
                new ModuleWorkItemsAdd().issues(List.of(PARENT_ITEM, CHILD_ITEM)))
            .execute();

    assertEquals(2, rows.size());
    ModuleIssue first = rows.get(0);
    assertEquals(UUID.fromString("2ebd258d-8d3f-4e36-9d02-fdb29e729b3d"), first.getId());
    assertEquals(MODULE_ID, first.getModule());
    assertEquals(PARENT_ITEM, first.getIssue());
    assertEquals(1, first.getSubIssuesCount());
    assertEquals(USER_ID, first.getCreatedBy());
    assertEquals(CHILD_ITEM, rows.get(1).getIssue());
  }

  @Test
  @Covers("removeModuleWorkItem")
  void removeModuleWorkItem() {
    assertEquals(
        204,
        plane.modules().removeModuleWorkItem(SLUG, PROJECT_ID, MODULE_ID, CHILD_ITEM)
            .executeForResponse().code());
  }

  private static void assertRecordedModule(ProjectModule m) {
    assertEquals(MODULE_ID, m.getId());
    assertEquals("Recorder module", m.getName());
    assertEquals("module from the recorder", m.getDescription());
    assertEquals(ModuleStatus.IN_PROGRESS, m.getStatus());
    assertEquals(LocalDate.of(2026, 11, 27), m.getStartDate());
    assertEquals(LocalDate.of(2026, 12, 27), m.getTargetDate());
    assertEquals(USER_ID, m.getLead().id());
    assertFalse(m.getLead().isExpanded());
    assertEquals(List.of(USER_ID), m.getMembers());
    assertEquals(PROJECT_ID, m.getProject().id());
    assertEquals(WORKSPACE_ID, m.getWorkspace().id());
    assertNull(m.getUpdatedBy());
    assertNull(m.getDescriptionHtml());
    assertEquals(65535.0, m.getSortOrder());
  }
}
