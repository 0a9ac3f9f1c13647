package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.model.MemberLite;
import io.github.planesdk.model.MemberLitePage;
import io.github.planesdk.model.MemberRole;
import io.github.planesdk.model.ProjectMemberCreate;
import io.github.planesdk.model.ProjectMemberUpdate;
import io.github.planesdk.model.ProjectMembership;
import io.github.planesdk.model.UserLite;
import io.github.planesdk.model.WorkspaceMember;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@SuppressWarnings("deprecation") // the members/ alias is deprecated on purpose
class MembersContractTest extends ContractTestBase {
  private static final UUID MEMBERSHIP_ID =
      UUID.fromString("0a6c83ef-6bb2-4e30-9255-c72241b12c4d");
  private static final UUID NEW_MEMBERSHIP_ID =
      UUID.fromString("3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a");
  private static final UUID NEW_MEMBER = UUID.fromString("7b1f3c2d-5e6a-4b8c-9d0e-1f2a3b4c5d6e");

  @Test
  @Covers("listWorkspaceMembers")
  void listWorkspaceMembers() {
    List<WorkspaceMember> members = plane.members().listWorkspaceMembers(SLUG).execute();

    assertEquals(1, members.size());
    WorkspaceMember member = members.get(0);
    assertEquals(USER_ID, member.getId());
    assertEquals("sdk-tester", member.getDisplayName());
    assertEquals("sdk-tester@example.com", member.getEmail());
    assertEquals(MemberRole.ADMIN, member.getRole());
  }

  @Test
  @Covers("listWorkspaceMembersLite")
  void listWorkspaceMembersLite() {
    MemberLitePage page = plane.members().listWorkspaceMembersLite(SLUG).perPage(20).execute();

    assertRecordedMemberLite(page);
  }

  @Test
  @Covers("listProjectMembersLite")
  void listProjectMembersLite() {
    MemberLitePage page =
        plane.members().listProjectMembersLite(SLUG, PROJECT_ID).perPage(20).execute();

    assertRecordedMemberLite(page);
  }

  private static void assertRecordedMemberLite(MemberLitePage page) {
    assertEquals(1, page.getTotalResults());
    MemberLite member = page.getResults().get(0);
    assertEquals(USER_ID, member.getId()); // the user id, not a membership id
    assertEquals(MemberRole.ADMIN, member.getRole());
    assertTrue(member.getIsActive());
    assertFalse(member.getIsBot());
  }

  @Test
  @Covers("listProjectMembers")
  void listProjectMembers() {
    List<UserLite> members = plane.members().listProjectMembers(SLUG, PROJECT_ID).execute();

    assertEquals(1, members.size());
    assertRecordedUser(members.get(0));
  }

  @Test
  @Covers("listProjectMembersViaMembersAlias")
  void listProjectMembersViaMembersAlias() {
    List<UserLite> members =
        plane.members().listProjectMembersViaMembersAlias(SLUG, PROJECT_ID).execute();

    assertRecordedUser(members.get(0));
  }

  @Test
  @Covers("createProjectMember")
  void createProjectMember() {
    ProjectMembership membership =
        plane
            .members()
            .createProjectMember(SLUG, PROJECT_ID,
                new ProjectMemberCreate().member(NEW_MEMBER).role(MemberRole.MEMBER))
            .execute();

    assertNewMembership(membership);
  }

  @Test
  @Covers("createProjectMemberViaMembersAlias")
  void createProjectMemberViaMembersAlias() {
    ProjectMembership membership =
        plane
            .members()
            .createProjectMemberViaMembersAlias(SLUG, PROJECT_ID,
                new ProjectMemberCreate().member(NEW_MEMBER).role(MemberRole.MEMBER))
            .execute();

    assertNewMembership(membership);
  }

  @Test
  @Covers("getProjectMember")
  void getProjectMember() {
    assertRecordedUser(plane.members().getProjectMember(SLUG, PROJECT_ID, MEMBERSHIP_ID).execute());
  }

  @Test
  @Covers("getProjectMemberViaMembersAlias")
  void getProjectMemberViaMembersAlias() {
    assertRecordedUser(
        plane.members().getProjectMemberViaMembersAlias(SLUG, PROJECT_ID, MEMBERSHIP_ID).execute());
  }

  @Test
  @Covers("updateProjectMember")
  void updateProjectMember() {
    ProjectMembership membership =
        plane
            .members()
            .updateProjectMember(SLUG, PROJECT_ID, MEMBERSHIP_ID,
                new ProjectMemberUpdate().role(MemberRole.ADMIN))
            .execute();

    assertOwnMembership(membership);
  }

  @Test
  @Covers("updateProjectMemberViaMembersAlias")
  void updateProjectMemberViaMembersAlias() {
    ProjectMembership membership =
        plane
            .members()
            .updateProjectMemberViaMembersAlias(SLUG, PROJECT_ID, MEMBERSHIP_ID,
                new ProjectMemberUpdate().role(MemberRole.ADMIN))
            .execute();

    assertOwnMembership(membership);
  }

  @Test
  @Covers({"deleteProjectMember", "deleteProjectMemberViaMembersAlias"})
  void deleteProjectMember() {
    assertEquals(
        204,
        plane.members().deleteProjectMember(SLUG, PROJECT_ID, NEW_MEMBERSHIP_ID)
            .executeForResponse().code());
    assertEquals(
        204,
        plane.members().deleteProjectMemberViaMembersAlias(SLUG, PROJECT_ID, NEW_MEMBERSHIP_ID)
            .executeForResponse().code());
  }

  private static void assertNewMembership(ProjectMembership membership) {
    assertEquals(NEW_MEMBERSHIP_ID, membership.getId());
    assertEquals(NEW_MEMBER, membership.getMember());
    assertEquals(MemberRole.MEMBER, membership.getRole());
    assertEquals(15, membership.getRole().getValue());
  }

  private static void assertOwnMembership(ProjectMembership membership) {
    assertEquals(MEMBERSHIP_ID, membership.getId());
    assertEquals(USER_ID, membership.getMember());
    assertEquals(MemberRole.ADMIN, membership.getRole());
  }

  private static void assertRecordedUser(UserLite user) {
    assertEquals(USER_ID, user.getId());
    assertEquals("Sdk", user.getFirstName());
    assertEquals("Tester", user.getLastName());
    assertEquals("", user.getAvatar());
    assertNull(user.getAvatarUrl());
  }
}
