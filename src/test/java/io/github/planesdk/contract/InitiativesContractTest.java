package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.planesdk.model.EpicPriority;
import io.github.planesdk.model.Initiative;
import io.github.planesdk.model.InitiativeCreate;
import io.github.planesdk.model.InitiativeEpic;
import io.github.planesdk.model.InitiativeEpicIds;
import io.github.planesdk.model.InitiativeEpicPage;
import io.github.planesdk.model.InitiativeLabel;
import io.github.planesdk.model.InitiativeLabelCreate;
import io.github.planesdk.model.InitiativeLabelIds;
import io.github.planesdk.model.InitiativeLabelPage;
import io.github.planesdk.model.InitiativeLabelUpdate;
import io.github.planesdk.model.InitiativePage;
import io.github.planesdk.model.InitiativeProjectIds;
import io.github.planesdk.model.InitiativeProjectPage;
import io.github.planesdk.model.InitiativeState;
import io.github.planesdk.model.InitiativeUpdate;
import io.github.planesdk.model.ProjectBrief;
import io.github.planesdk.model.StateGroup;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Initiatives, the initiative label catalogue, and the labels, projects and epics of one. */
class InitiativesContractTest extends ContractTestBase {
  private static final UUID INITIATIVE_ID = UUID.fromString("168021d1-e109-455d-868a-d83d1e5502b5");
  private static final UUID LABEL_ID = UUID.fromString("676b6d7d-fbac-408d-845a-7a9239045404");
  private static final UUID EPIC_ID = UUID.fromString("08459958-f1a2-45a4-802a-db38f4c13dee");

  // --- initiatives

  @Test
  @Covers("listInitiatives")
  void listInitiatives() {
    InitiativePage page = plane.initiatives().listInitiatives(SLUG).cursor("20:0:0").perPage(20).execute();

    assertFalse(page.getNextPageResults());
    assertEquals(1, page.getTotalResults());
    Initiative initiative = page.getResults().get(0);
    assertEquals(INITIATIVE_ID, initiative.getId());
    assertEquals("Q1 Product Launch", initiative.getName());
    assertEquals("Launch new product features in Q1", initiative.getDescription());
    assertNull(initiative.getState());
  }

  @Test
  @Covers("createInitiative")
  void createInitiative() {
    Initiative created =
        plane
            .initiatives()
            .createInitiative(
                SLUG,
                new InitiativeCreate()
                    .name("Q1 Product Launch")
                    .description("Launch new product features in Q1")
                    .startDate(LocalDate.of(2027, 1, 4))
                    .endDate(LocalDate.of(2027, 3, 31))
                    .state(InitiativeState.ACTIVE)
                    .lead(USER_ID))
            .execute();

    assertDocumentedInitiative(created);
    assertEquals(InitiativeState.ACTIVE, created.getState());
  }

  @Test
  @Covers("getInitiative")
  void getInitiative() {
    Initiative initiative = plane.initiatives().getInitiative(SLUG, INITIATIVE_ID).execute();

    assertDocumentedInitiative(initiative);
    assertNull(initiative.getUpdatedBy());
  }

  @Test
  @Covers("updateInitiative")
  void updateInitiative() {
    Initiative updated =
        plane
            .initiatives()
            .updateInitiative(
                SLUG, INITIATIVE_ID, new InitiativeUpdate().endDate(LocalDate.of(2027, 3, 31)))
            .execute();

    assertDocumentedInitiative(updated);
    assertEquals(InitiativeState.ACTIVE, updated.getState());
  }

  @Test
  @Covers("deleteInitiative")
  void deleteInitiative() {
    assertEquals(
        204, plane.initiatives().deleteInitiative(SLUG, INITIATIVE_ID).executeForResponse().code());
  }

  // --- projects and epics of an initiative

  @Test
  @Covers("listInitiativeProjects")
  void listInitiativeProjects() {
    InitiativeProjectPage page =
        plane.initiatives().listInitiativeProjects(SLUG, INITIATIVE_ID).execute();

    ProjectBrief project = page.getResults().get(0);
    assertEquals(PROJECT_ID, project.getId());
    assertEquals("MOBILE", project.getIdentifier());
    assertEquals(ProjectBrief.NetworkEnum.PUBLIC, project.getNetwork());
    assertNull(project.getProjectLead());
  }

  @Test
  @Covers("addProjectsToInitiative")
  void addProjectsToInitiative() {
    ProjectBrief project =
        plane
            .initiatives()
            .addProjectsToInitiative(
                SLUG, INITIATIVE_ID, new InitiativeProjectIds().projectIds(List.of(PROJECT_ID)))
            .execute();

    assertEquals(PROJECT_ID, project.getId());
    assertEquals("Mobile App", project.getName());
    assertEquals(USER_ID, project.getProjectLead());
    assertEquals(OffsetDateTime.parse("2026-10-01T12:00:00Z"), project.getCreatedAt());
  }

  @Test
  @Covers("removeProjectsFromInitiative")
  void removeProjectsFromInitiative() {
    assertEquals(
        204,
        plane
            .initiatives()
            .removeProjectsFromInitiative(SLUG, INITIATIVE_ID)
            .initiativeProjectIds(new InitiativeProjectIds().projectIds(List.of(PROJECT_ID)))
            .executeForResponse()
            .code());
    // the body Plane's Node SDK sends; without it the server has nothing to remove
    assertEquals("{\"project_ids\":[\"" + PROJECT_ID + "\"]}", lastRequestBody);
  }

  @Test
  @Covers("listInitiativeEpics")
  void listInitiativeEpics() {
    InitiativeEpicPage page =
        plane.initiatives().listInitiativeEpics(SLUG, INITIATIVE_ID).cursor("20:0:0").perPage(20).execute();

    InitiativeEpic epic = page.getResults().get(0);
    assertEquals(EPIC_ID, epic.getId());
    assertEquals(EpicPriority.HIGH, epic.getPriority());
    assertEquals(57, epic.getSequenceId());
    assertEquals("In Progress", epic.getState().getName());
    assertEquals(StateGroup.STARTED, epic.getState().getGroup());
    assertEquals(List.of(), epic.getAssignees());
  }

  @Test
  @Covers("addEpicsToInitiative")
  void addEpicsToInitiative() {
    InitiativeEpic epic =
        plane
            .initiatives()
            .addEpicsToInitiative(
                SLUG, INITIATIVE_ID, new InitiativeEpicIds().epicIds(List.of(EPIC_ID)))
            .execute();

    assertEquals(EPIC_ID, epic.getId());
    assertEquals("Create a cross-platform mobile application framework", epic.getDescription());
    assertNull(epic.getState());
  }

  @Test
  @Covers("removeEpicsFromInitiative")
  void removeEpicsFromInitiative() {
    assertEquals(
        204,
        plane
            .initiatives()
            .removeEpicsFromInitiative(SLUG, INITIATIVE_ID)
            .initiativeEpicIds(new InitiativeEpicIds().epicIds(List.of(EPIC_ID)))
            .executeForResponse()
            .code());
    assertEquals("{\"epic_ids\":[\"" + EPIC_ID + "\"]}", lastRequestBody);
  }

  // --- initiative labels

  @Test
  @Covers("listInitiativeLabels")
  void listInitiativeLabels() {
    InitiativeLabelPage page =
        plane.initiativeLabels().listInitiativeLabels(SLUG).cursor("20:0:0").perPage(20).execute();

    assertEquals(1, page.getResults().size());
    assertDocumentedLabel(page.getResults().get(0));
  }

  @Test
  @Covers("createInitiativeLabel")
  void createInitiativeLabel() {
    InitiativeLabel created =
        plane
            .initiativeLabels()
            .createInitiativeLabel(
                SLUG,
                new InitiativeLabelCreate()
                    .name("Growth")
                    .description("Bets that grow the customer base")
                    .color("#3f76ff")
                    .sortOrder(1000.0))
            .execute();

    assertDocumentedLabel(created);
  }

  @Test
  @Covers("getInitiativeLabel")
  void getInitiativeLabel() {
    assertDocumentedLabel(plane.initiativeLabels().getInitiativeLabel(SLUG, LABEL_ID).execute());
  }

  @Test
  @Covers("updateInitiativeLabel")
  void updateInitiativeLabel() {
    InitiativeLabel updated =
        plane
            .initiativeLabels()
            .updateInitiativeLabel(SLUG, LABEL_ID, new InitiativeLabelUpdate().color("#3f76ff"))
            .execute();

    assertDocumentedLabel(updated);
  }

  @Test
  @Covers("deleteInitiativeLabel")
  void deleteInitiativeLabel() {
    assertEquals(
        204,
        plane.initiativeLabels().deleteInitiativeLabel(SLUG, LABEL_ID).executeForResponse().code());
  }

  @Test
  @Covers("listLabelsOfInitiative")
  void listLabelsOfInitiative() {
    InitiativeLabelPage page =
        plane.initiativeLabels().listLabelsOfInitiative(SLUG, INITIATIVE_ID).execute();

    assertEquals("20:-1:1", page.getPrevCursor());
    assertDocumentedLabel(page.getResults().get(0));
  }

  @Test
  @Covers("addLabelsToInitiative")
  void addLabelsToInitiative() {
    InitiativeLabel label =
        plane
            .initiativeLabels()
            .addLabelsToInitiative(
                SLUG, INITIATIVE_ID, new InitiativeLabelIds().labelIds(List.of(LABEL_ID)))
            .execute();

    assertDocumentedLabel(label);
  }

  @Test
  @Covers("removeLabelsFromInitiative")
  void removeLabelsFromInitiative() {
    assertEquals(
        204,
        plane
            .initiativeLabels()
            .removeLabelsFromInitiative(SLUG, INITIATIVE_ID)
            .initiativeLabelIds(new InitiativeLabelIds().labelIds(List.of(LABEL_ID)))
            .executeForResponse()
            .code());
    assertEquals("{\"label_ids\":[\"" + LABEL_ID + "\"]}", lastRequestBody);
  }

  private static void assertDocumentedInitiative(Initiative i) {
    assertEquals(INITIATIVE_ID, i.getId());
    assertEquals("Q1 Product Launch", i.getName());
    assertEquals("<p>Launch new product features in Q1</p>", i.getDescriptionHtml());
    assertEquals(USER_ID, i.getLead());
    assertEquals(LocalDate.of(2027, 1, 4), i.getStartDate());
    assertEquals(LocalDate.of(2027, 3, 31), i.getEndDate());
    assertEquals(WORKSPACE_ID, i.getWorkspace());
    assertEquals(OffsetDateTime.parse("2026-11-19T11:56:55.176802Z"), i.getCreatedAt());
  }

  private static void assertDocumentedLabel(InitiativeLabel l) {
    assertEquals(LABEL_ID, l.getId());
    assertEquals("Growth", l.getName());
    assertEquals("Bets that grow the customer base", l.getDescription());
    assertEquals(OffsetDateTime.parse("2026-11-18T08:02:11.402337Z"), l.getCreatedAt());
  }
}
