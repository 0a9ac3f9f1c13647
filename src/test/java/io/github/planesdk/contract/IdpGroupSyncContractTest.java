package io.github.planesdk.contract;

import static io.github.planesdk.contract.DocsExamples.DOC_ID;
import static io.github.planesdk.contract.DocsExamples.DOC_TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.model.GroupSyncConfig;
import io.github.planesdk.model.GroupSyncConfigUpdate;
import io.github.planesdk.model.ProjectGroupMapping;
import io.github.planesdk.model.ProjectGroupMappingCreate;
import io.github.planesdk.model.ProjectGroupMappingUpdate;
import io.github.planesdk.model.WorkspaceGroupMapping;
import io.github.planesdk.model.WorkspaceGroupMappingCreate;
import io.github.planesdk.model.WorkspaceGroupMappingUpdate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class IdpGroupSyncContractTest extends ContractTestBase {
  private static final UUID WORKSPACE_MAPPING_ID =
      UUID.fromString("772f0622-f41d-43f6-a938-668877662222");
  private static final UUID PROJECT_MAPPING_ID =
      UUID.fromString("661f9511-f30c-52e5-b827-557766551111");

  @Test
  @Covers("getGroupSyncConfig")
  void getGroupSyncConfig() {
    assertDocumentedConfig(plane.idpGroupSync().getGroupSyncConfig(SLUG).execute());
  }

  @Test
  @Covers("updateGroupSyncConfig")
  void updateGroupSyncConfig() {
    GroupSyncConfig config =
        plane
            .idpGroupSync()
            .updateGroupSyncConfig(
                SLUG,
                new GroupSyncConfigUpdate()
                    .isEnabled(true)
                    .syncOnLogin(true)
                    .autoRemove(false)
                    .groupAttributeKey("groups")
                    .defaultWorkspaceRole("member"))
            .execute();

    assertDocumentedConfig(config);
  }

  @Test
  @Covers("listWorkspaceGroupMappings")
  void listWorkspaceGroupMappings() {
    List<WorkspaceGroupMapping> mappings =
        plane.idpGroupSync().listWorkspaceGroupMappings(SLUG).execute();

    assertEquals(2, mappings.size());
    assertLeadershipMapping(mappings.get(0), "admin");
    assertEquals("engineering", mappings.get(1).getIdpGroupName());
    assertEquals("member", mappings.get(1).getRole());
  }

  @Test
  @Covers("createWorkspaceGroupMapping")
  void createWorkspaceGroupMapping() {
    WorkspaceGroupMapping created =
        plane
            .idpGroupSync()
            .createWorkspaceGroupMapping(
                SLUG, new WorkspaceGroupMappingCreate().idpGroupName("leadership").role("admin"))
            .execute();

    assertLeadershipMapping(created, "admin");
  }

  @Test
  @Covers("getWorkspaceGroupMapping")
  void getWorkspaceGroupMapping() {
    WorkspaceGroupMapping mapping =
        plane.idpGroupSync().getWorkspaceGroupMapping(SLUG, WORKSPACE_MAPPING_ID).execute();

    assertLeadershipMapping(mapping, "admin");
  }

  @Test
  @Covers("updateWorkspaceGroupMapping")
  void updateWorkspaceGroupMapping() {
    WorkspaceGroupMapping updated =
        plane
            .idpGroupSync()
            .updateWorkspaceGroupMapping(
                SLUG, WORKSPACE_MAPPING_ID, new WorkspaceGroupMappingUpdate().role("member"))
            .execute();

    assertLeadershipMapping(updated, "member");
  }

  @Test
  @Covers("deleteWorkspaceGroupMapping")
  void deleteWorkspaceGroupMapping() {
    Response<Void> response =
        plane.idpGroupSync().deleteWorkspaceGroupMapping(SLUG, WORKSPACE_MAPPING_ID)
            .executeForResponse();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  @Test
  @Covers("listProjectGroupMappings")
  void listProjectGroupMappings() {
    List<ProjectGroupMapping> mappings =
        plane.idpGroupSync().listProjectGroupMappings(SLUG).execute();

    assertEquals(2, mappings.size());
    assertEngineeringMapping(mappings.get(0), "member");
    ProjectGroupMapping allStaff = mappings.get(1);
    assertEquals("all-staff", allStaff.getIdpGroupName());
    assertNull(allStaff.getProject());
    assertTrue(allStaff.getAllProjects());
    assertEquals("guest", allStaff.getRole());
  }

  @Test
  @Covers("createProjectGroupMapping")
  void createProjectGroupMapping() {
    ProjectGroupMapping created =
        plane
            .idpGroupSync()
            .createProjectGroupMapping(
                SLUG,
                new ProjectGroupMappingCreate()
                    .idpGroupName("engineering")
                    .project("ENG")
                    .role("member"))
            .execute();

    assertEngineeringMapping(created, "member");
  }

  @Test
  @Covers("getProjectGroupMapping")
  void getProjectGroupMapping() {
    ProjectGroupMapping mapping =
        plane.idpGroupSync().getProjectGroupMapping(SLUG, PROJECT_MAPPING_ID).execute();

    assertEngineeringMapping(mapping, "member");
  }

  @Test
  @Covers("updateProjectGroupMapping")
  void updateProjectGroupMapping() {
    ProjectGroupMapping updated =
        plane
            .idpGroupSync()
            .updateProjectGroupMapping(
                SLUG, PROJECT_MAPPING_ID, new ProjectGroupMappingUpdate().role("admin"))
            .execute();

    assertEngineeringMapping(updated, "admin");
  }

  @Test
  @Covers("deleteProjectGroupMapping")
  void deleteProjectGroupMapping() {
    Response<Void> response =
        plane.idpGroupSync().deleteProjectGroupMapping(SLUG, PROJECT_MAPPING_ID)
            .executeForResponse();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  private static void assertDocumentedConfig(GroupSyncConfig config) {
    assertEquals(DOC_ID, config.getId());
    assertTrue(config.getIsEnabled());
    assertTrue(config.getSyncOnLogin());
    assertFalse(config.getAutoRemove());
    assertFalse(config.getSyncOffline());
    assertEquals("groups", config.getGroupAttributeKey());
    assertEquals("member", config.getDefaultWorkspaceRole());
    assertEquals(DOC_TIME, config.getCreatedAt());
  }

  private static void assertLeadershipMapping(WorkspaceGroupMapping mapping, String role) {
    assertEquals(WORKSPACE_MAPPING_ID, mapping.getId());
    assertEquals("leadership", mapping.getIdpGroupName());
    assertEquals(role, mapping.getRole());
    assertEquals(DOC_TIME, mapping.getUpdatedAt());
  }

  private static void assertEngineeringMapping(ProjectGroupMapping mapping, String role) {
    assertEquals(PROJECT_MAPPING_ID, mapping.getId());
    assertEquals("engineering", mapping.getIdpGroupName());
    assertEquals("ENG", mapping.getProject());
    assertFalse(mapping.getAllProjects());
    assertEquals(role, mapping.getRole());
  }
}
