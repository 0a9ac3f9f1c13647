package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.api.ProjectsApi.GetProjectSummaryRequest;
import io.github.planesdk.api.ProjectsApi.ListProjectsRequest;
import io.github.planesdk.model.Project;
import io.github.planesdk.model.ProjectCreate;
import io.github.planesdk.model.ProjectLite;
import io.github.planesdk.model.ProjectLitePage;
import io.github.planesdk.model.ProjectPage;
import io.github.planesdk.model.ProjectSummary;
import io.github.planesdk.model.ProjectUpdate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class ProjectsContractTest extends ContractTestBase {
  @Test
  @Covers("listProjectsLite")
  void listProjectsLite() {
    ProjectLitePage page =
        plane.projects().listProjectsLite(SLUG).perPage(100).orderBy("name").includeArchived(true).execute();

    assertFalse(page.getNextPageResults());
    ProjectLite project = page.getResults().get(0);
    assertEquals(PROJECT_ID, project.getId());
    assertEquals("SDK", project.getIdentifier());
    assertNull(project.getArchivedAt());
    assertTrue(lastRequest.url().query().contains("include_archived=true"));
  }

  @Test
  @Covers("listProjects")
  void listProjects() {
    ProjectPage page =
        plane
            .projects()
            .listProjects(SLUG)
            .cursor("100:0:0")
            .perPage(100)
            .fields(ListProjectsRequest.Fields.ID, ListProjectsRequest.Fields.NAME)
            .expand(ListProjectsRequest.Expand.PROJECT_LEAD)
            .orderBy("-created_at")
            .execute();

    assertFalse(page.getNextPageResults());
    assertEquals("100:1:0", page.getNextCursor());
    assertEquals("100:-1:1", page.getPrevCursor());
    assertEquals(1, page.getTotalResults());
    assertNull(page.getGroupedBy());
    assertEquals(1, page.getResults().size());
    assertRecordedProject(page.getResults().get(0));
    assertEquals(65535.0, page.getResults().get(0).getSortOrder());
  }

  @Test
  @Covers("createProject")
  void createProject() {
    Project created =
        plane
            .projects()
            .createProject(
                SLUG,
                new ProjectCreate()
                    .name("Recorder Scratch RECTUF")
                    .identifier("RECTUF")
                    .description("Scratch project created by the reference recorder")
                    .timezone("UTC"))
            .execute();

    assertRecordedProject(created);
  }

  @Test
  @Covers("getProject")
  void getProject() {
    Response<Project> response =
        plane.projects().getProject(SLUG, PROJECT_ID).executeForResponse();

    assertEquals(200, response.code());
    assertEquals("59", response.headers().get("X-RateLimit-Remaining"));
    assertRecordedProject(response.body());
  }

  @Test
  @Covers("updateProject")
  void updateProject() {
    Project updated =
        plane
            .projects()
            .updateProject(SLUG, PROJECT_ID, new ProjectUpdate().cycleView(true).moduleView(true))
            .execute();

    assertRecordedProject(updated);
  }

  @Test
  @Covers("deleteProject")
  void deleteProject() {
    Response<Void> response = plane.projects().deleteProject(SLUG, PROJECT_ID).executeForResponse();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  @Test
  @Covers({"archiveProject", "unarchiveProject"})
  void archiveAndUnarchiveProject() {
    assertEquals(204, plane.projects().archiveProject(SLUG, PROJECT_ID).executeForResponse().code());
    assertEquals(
        204, plane.projects().unarchiveProject(SLUG, PROJECT_ID).executeForResponse().code());
  }

  @Test
  @Covers("getProjectSummary")
  void getProjectSummary() {
    ProjectSummary summary =
        plane
            .projects()
            .getProjectSummary(SLUG, PROJECT_ID)
            .fields(GetProjectSummaryRequest.Fields.STATES, GetProjectSummaryRequest.Fields.LABELS)
            .execute();

    assertEquals("RECTUF", summary.getIdentifier());
    assertEquals(5, summary.getCounts().get("states"));
    assertEquals(1, summary.getCounts().get("members"));
  }

  private static void assertRecordedProject(Project p) {
    assertEquals(PROJECT_ID, p.getId());
    assertEquals("Recorder Scratch RECTUF", p.getName());
    assertEquals("RECTUF", p.getIdentifier());
    assertEquals(Project.NetworkEnum.PUBLIC, p.getNetwork());
    assertEquals(WORKSPACE_ID, p.getWorkspace().id());
    assertFalse(p.getWorkspace().isExpanded());
    assertEquals(USER_ID, p.getCreatedBy().id());
    assertNull(p.getProjectLead());
    assertTrue(p.getPageView());
    assertEquals(OffsetDateTime.parse("2026-11-27T22:52:46.201778Z"), p.getCreatedAt());
    assertEquals(Map.of("icon", Map.of("name", "bolt", "color", "#5e6ad2"), "in_use", "icon"),
        p.getLogoProps());
    assertEquals(20, p.getMemberRole());
  }
}
