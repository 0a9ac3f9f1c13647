package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.planesdk.model.ProjectBrief;
import io.github.planesdk.model.Teamspace;
import io.github.planesdk.model.TeamspaceCreate;
import io.github.planesdk.model.TeamspaceMemberIds;
import io.github.planesdk.model.TeamspaceMemberPage;
import io.github.planesdk.model.TeamspacePage;
import io.github.planesdk.model.TeamspaceProjectIds;
import io.github.planesdk.model.TeamspaceProjectPage;
import io.github.planesdk.model.TeamspaceUpdate;
import io.github.planesdk.model.UserLite;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Teamspaces, their members and their projects. */
class TeamspacesContractTest extends ContractTestBase {
  private static final UUID TEAMSPACE_ID = UUID.fromString("267b34ae-d39e-496a-b983-e5aba5a2747e");
  private static final UUID MEMBER_ID = UUID.fromString("b07982f2-64b6-4f9a-a5ce-0220722825e1");

  @Test
  @Covers("listTeamspaces")
  void listTeamspaces() {
    TeamspacePage page = plane.teamspaces().listTeamspaces(SLUG).cursor("20:0:0").perPage(20).execute();

    assertFalse(page.getNextPageResults());
    Teamspace teamspace = page.getResults().get(0);
    assertEquals(TEAMSPACE_ID, teamspace.getId());
    assertEquals("Engineering Team", teamspace.getName());
    assertEquals("Engineering team workspace", teamspace.getDescription());
    assertNull(teamspace.getLead());
  }

  @Test
  @Covers("createTeamspace")
  void createTeamspace() {
    Teamspace created =
        plane
            .teamspaces()
            .createTeamspace(
                SLUG,
                new TeamspaceCreate()
                    .name("Engineering Team")
                    .descriptionHtml("<p>Engineering team workspace</p>")
                    .logoProps(Map.of("in_use", "icon", "icon", Map.of("name", "code")))
                    .lead(USER_ID))
            .execute();

    assertDocumentedTeamspace(created);
    assertNull(created.getUpdatedBy());
  }

  @Test
  @Covers("getTeamspace")
  void getTeamspace() {
    assertDocumentedTeamspace(plane.teamspaces().getTeamspace(SLUG, TEAMSPACE_ID).execute());
  }

  @Test
  @Covers("updateTeamspace")
  void updateTeamspace() {
    Teamspace updated =
        plane
            .teamspaces()
            .updateTeamspace(SLUG, TEAMSPACE_ID, new TeamspaceUpdate().lead(USER_ID))
            .execute();

    assertDocumentedTeamspace(updated);
  }

  @Test
  @Covers("deleteTeamspace")
  void deleteTeamspace() {
    assertEquals(
        204, plane.teamspaces().deleteTeamspace(SLUG, TEAMSPACE_ID).executeForResponse().code());
  }

  @Test
  @Covers("listTeamspaceMembers")
  void listTeamspaceMembers() {
    TeamspaceMemberPage page =
        plane.teamspaces().listTeamspaceMembers(SLUG, TEAMSPACE_ID).perPage(20).execute();

    assertEquals(1, page.getTotalResults());
    assertDocumentedMember(page.getResults().get(0));
  }

  @Test
  @Covers("addMembersToTeamspace")
  void addMembersToTeamspace() {
    UserLite member =
        plane
            .teamspaces()
            .addMembersToTeamspace(
                SLUG, TEAMSPACE_ID, new TeamspaceMemberIds().memberIds(List.of(MEMBER_ID)))
            .execute();

    assertDocumentedMember(member);
  }

  @Test
  @Covers("removeMembersFromTeamspace")
  void removeMembersFromTeamspace() {
    assertEquals(
        204,
        plane
            .teamspaces()
            .removeMembersFromTeamspace(SLUG, TEAMSPACE_ID)
            .teamspaceMemberIds(new TeamspaceMemberIds().memberIds(List.of(MEMBER_ID)))
            .executeForResponse()
            .code());
    // the body Plane's Node SDK sends; without it the server has nothing to remove
    assertEquals("{\"member_ids\":[\"" + MEMBER_ID + "\"]}", lastRequestBody);
  }

  @Test
  @Covers("listTeamspaceProjects")
  void listTeamspaceProjects() {
    TeamspaceProjectPage page =
        plane.teamspaces().listTeamspaceProjects(SLUG, TEAMSPACE_ID).execute();

    ProjectBrief project = page.getResults().get(0);
    assertEquals(PROJECT_ID, project.getId());
    assertEquals("Mobile App", project.getName());
    assertEquals(ProjectBrief.NetworkEnum.PUBLIC, project.getNetwork());
  }

  @Test
  @Covers("addProjectsToTeamspace")
  void addProjectsToTeamspace() {
    ProjectBrief project =
        plane
            .teamspaces()
            .addProjectsToTeamspace(
                SLUG, TEAMSPACE_ID, new TeamspaceProjectIds().projectIds(List.of(PROJECT_ID)))
            .execute();

    assertEquals(PROJECT_ID, project.getId());
    assertEquals("MOBILE", project.getIdentifier());
    assertEquals(USER_ID, project.getProjectLead());
  }

  @Test
  @Covers("removeProjectsFromTeamspace")
  void removeProjectsFromTeamspace() {
    assertEquals(
        204,
        plane
            .teamspaces()
            .removeProjectsFromTeamspace(SLUG, TEAMSPACE_ID)
            .teamspaceProjectIds(new TeamspaceProjectIds().projectIds(List.of(PROJECT_ID)))
            .executeForResponse()
            .code());
    assertEquals("{\"project_ids\":[\"" + PROJECT_ID + "\"]}", lastRequestBody);
  }

  private static void assertDocumentedTeamspace(Teamspace t) {
    assertEquals(TEAMSPACE_ID, t.getId());
    assertEquals("Engineering Team", t.getName());
    assertEquals("<p>Engineering team workspace</p>", t.getDescriptionHtml());
    assertEquals("doc", ((Map<?, ?>) t.getDescriptionJson()).get("type"));
    assertEquals(USER_ID, t.getLead());
    assertEquals(WORKSPACE_ID, t.getWorkspace());
    assertEquals(OffsetDateTime.parse("2026-11-19T11:56:55.176802Z"), t.getCreatedAt());
  }

  private static void assertDocumentedMember(UserLite u) {
    assertEquals(MEMBER_ID, u.getId());
    assertEquals("Ada", u.getFirstName());
    assertEquals("ada@example.com", u.getEmail());
    assertEquals("ada", u.getDisplayName());
    assertNull(u.getAvatarUrl());
  }
}
