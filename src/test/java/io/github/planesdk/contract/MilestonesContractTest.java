package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.planesdk.model.Milestone;
import io.github.planesdk.model.MilestoneCreate;
import io.github.planesdk.model.MilestoneUpdate;
import io.github.planesdk.model.MilestoneWorkItem;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class MilestonesContractTest extends ContractTestBase {
  private static final UUID MILESTONE_ID = UUID.fromString("9618a5ff-3f08-437b-b2f8-5358ca69d9d6");

  @Test
  @Covers("listMilestones")
  void listMilestones() {
    List<Milestone> milestones = plane.milestones().listMilestones(SLUG, PROJECT_ID).execute();

    assertEquals(1, milestones.size());
    assertDocumentedMilestone(milestones.get(0));
  }

  @Test
  @Covers("createMilestone")
  void createMilestone() {
    Milestone created =
        plane
            .milestones()
            .createMilestone(
                SLUG,
                PROJECT_ID,
                new MilestoneCreate()
                    .title("Public beta")
                    .targetDate(LocalDate.of(2026, 12, 15))
                    .externalId("4211")
                    .externalSource("github"))
            .execute();

    assertDocumentedMilestone(created);
  }

  @Test
  @Covers("getMilestone")
  void getMilestone() {
    Response<Milestone> response =
        plane.milestones().getMilestone(SLUG, PROJECT_ID, MILESTONE_ID).executeForResponse();

    assertEquals(200, response.code());
    assertDocumentedMilestone(response.body());
  }

  @Test
  @Covers("updateMilestone")
  void updateMilestone() {
    Milestone updated =
        plane
            .milestones()
            .updateMilestone(
                SLUG,
                PROJECT_ID,
                MILESTONE_ID,
                new MilestoneUpdate().targetDate(LocalDate.of(2026, 12, 15)))
            .execute();

    assertDocumentedMilestone(updated);
  }

  @Test
  @Covers("deleteMilestone")
  void deleteMilestone() {
    Response<Void> response =
        plane.milestones().deleteMilestone(SLUG, PROJECT_ID, MILESTONE_ID).executeForResponse();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  @Test
  @Covers("listMilestoneWorkItems")
  void listMilestoneWorkItems() {
    List<MilestoneWorkItem> links =
        plane.milestones().listMilestoneWorkItems(SLUG, PROJECT_ID, MILESTONE_ID).execute();

    assertEquals(1, links.size());
    assertEquals(UUID.fromString("776ccf9d-0686-4885-bc4a-9b00ae680a4e"), links.get(0).getIssue());
    assertEquals(MILESTONE_ID, links.get(0).getMilestone());
  }

  private static void assertDocumentedMilestone(Milestone m) {
    assertEquals(MILESTONE_ID, m.getId());
    assertEquals("Public beta", m.getTitle());
    assertEquals(LocalDate.of(2026, 12, 15), m.getTargetDate());
    assertEquals("github", m.getExternalSource());
    assertEquals("4211", m.getExternalId());
    assertEquals(OffsetDateTime.parse("2026-11-02T09:14:27.518204Z"), m.getCreatedAt());
  }
}
