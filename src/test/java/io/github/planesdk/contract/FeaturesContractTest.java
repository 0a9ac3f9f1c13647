package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.model.ProjectFeatures;
import io.github.planesdk.model.ProjectFeaturesUpdate;
import io.github.planesdk.model.WorkspaceFeatures;
import io.github.planesdk.model.WorkspaceFeaturesUpdate;
import org.junit.jupiter.api.Test;

class FeaturesContractTest extends ContractTestBase {
  @Test
  @Covers("getProjectFeatures")
  void getProjectFeatures() {
    assertDocumentedProjectFeatures(plane.features().getProjectFeatures(SLUG, PROJECT_ID).execute());
  }

  @Test
  @Covers("updateProjectFeatures")
  void updateProjectFeatures() {
    ProjectFeatures features =
        plane
            .features()
            .updateProjectFeatures(
                SLUG, PROJECT_ID, new ProjectFeaturesUpdate().epics(true).workItemTypes(true))
            .execute();

    assertDocumentedProjectFeatures(features);
  }

  @Test
  @Covers("getWorkspaceFeatures")
  void getWorkspaceFeatures() {
    assertDocumentedWorkspaceFeatures(plane.features().getWorkspaceFeatures(SLUG).execute());
  }

  @Test
  @Covers("updateWorkspaceFeatures")
  void updateWorkspaceFeatures() {
    WorkspaceFeatures features =
        plane
            .features()
            .updateWorkspaceFeatures(SLUG, new WorkspaceFeaturesUpdate().wiki(true).pi(true))
            .execute();

    assertDocumentedWorkspaceFeatures(features);
  }

  private static void assertDocumentedProjectFeatures(ProjectFeatures f) {
    assertEquals(
        new ProjectFeatures()
            .epics(true)
            .modules(true)
            .cycles(true)
            .views(true)
            .pages(true)
            .intakes(true)
            .workItemTypes(true),
        f);
  }

  private static void assertDocumentedWorkspaceFeatures(WorkspaceFeatures f) {
    assertTrue(f.getProjectGrouping());
    assertEquals(
        new WorkspaceFeatures()
            .projectGrouping(true)
            .initiatives(true)
            .teams(true)
            .customers(true)
            .wiki(true)
            .pi(true),
        f);
  }
}
