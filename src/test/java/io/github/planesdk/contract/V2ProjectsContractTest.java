package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.v2.api.ProjectsApi;
import io.github.planesdk.v2.model.Pagination;
import io.github.planesdk.v2.model.Project;
import io.github.planesdk.v2.model.ProjectCreate;
import io.github.planesdk.v2.model.ProjectPage;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

/** v2 projects, with the values of the spec's examples; the path takes the UUID or identifier. */
class V2ProjectsContractTest extends V2ContractTestBase {
  static final UUID ENG = UUID.fromString("4af68566-94a4-4eb3-94aa-50dc9427067b");

  @Test
  @Covers("listProjects")
  void listProjects() {
    ProjectPage page = v2(ProjectsApi.class).listProjects(V2_SLUG).count(false).execute();

    assertEquals(Pagination.StyleEnum.OFFSET, page.getPagination().getStyle());
    assertEquals(1, page.getTotalCount());
    assertEquals(1, page.getData().size());
    assertExampleProject(page.getData().get(0));
    assertEquals("count=false", lastRequest.url().query());
  }

  @Test
  @Covers("createProject")
  void createProject() {
    Response<Project> created =
        v2(ProjectsApi.class)
            .createProject(
                V2_SLUG,
                new ProjectCreate().name("Engineering").identifier("ENG").timezone("UTC"))
            .executeForResponse();

    assertEquals(201, created.code());
    assertEquals("{\"identifier\":\"ENG\",\"name\":\"Engineering\",\"timezone\":\"UTC\"}", lastRequestBody);
    assertExampleProject(created.body());
  }

  @Test
  @Covers("getProject")
  void getProjectByUuidOrIdentifier() {
    ProjectsApi api = v2(ProjectsApi.class);

    assertExampleProject(api.getProject(V2_SLUG, ENG.toString()).execute());
    assertEquals("/api/v2/workspaces/my-team/projects/" + ENG + "/", lastRequest.url().encodedPath());
    assertExampleProject(api.getProject(V2_SLUG, "ENG").execute());
    assertEquals("/api/v2/workspaces/my-team/projects/ENG/", lastRequest.url().encodedPath());
  }

  @Test
  @Covers({"archiveProject", "deleteProject"})
  void archiveAndDeleteAnswerNoContent() {
    ProjectsApi api = v2(ProjectsApi.class);

    assertEquals(204, api.archiveProject(V2_SLUG, "ENG").executeForResponse().code());
    assertEquals("POST", lastRequest.method());
    Response<Void> deleted = api.deleteProject(V2_SLUG, "ENG").executeForResponse();
    assertEquals(204, deleted.code());
    assertNull(deleted.body());
  }

  private static void assertExampleProject(Project p) {
    assertEquals(ENG, p.getId());
    assertEquals("Engineering", p.getName());
    assertEquals("ENG", p.getIdentifier());
    assertEquals("Product engineering.", p.getDescription());
    assertEquals(2, p.getNetwork());
    assertEquals("UTC", p.getTimezone());
    assertNull(p.getStateId());
    assertNull(p.getLogoProps());
    assertEquals(UUID.fromString("16c61a3a-512a-48ac-b0be-b6b46fe6f430"), p.getProjectLeadId());
    assertEquals(UUID.fromString("f960d3c2-8524-4a41-b8eb-055ce4be2a7f"), p.getDefaultStateId());
    assertEquals(0, p.getArchiveIn());
    assertTrue(p.getCycleView());
    assertFalse(p.getIntakeView());
    assertTrue(p.getIsTimeTrackingEnabled());
    assertNull(p.getArchivedAt());
    assertEquals(OffsetDateTime.parse("2026-01-14T09:22:41.478363Z"), p.getCreatedAt());
  }
}
