package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.model.RelatedWorkItem;
import io.github.planesdk.model.RelatedWorkItemId;
import io.github.planesdk.model.WorkItemRelationCreate;
import io.github.planesdk.model.WorkItemRelationType;
import io.github.planesdk.model.WorkItemRelations;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkItemRelationsContractTest extends ContractTestBase {
  private static final UUID ISSUE_ID = UUID.fromString("e4213835-14c8-4556-b23f-dc1b90b6661c");
  private static final UUID BLOCKED = UUID.fromString("091c2ab6-37ba-4ef8-82b2-d4b6d3010909");
  private static final UUID RELATED_A = UUID.fromString("3b67e427-2834-4ad8-b0b3-d729c21d0f07");
  private static final UUID RELATED_B = UUID.fromString("8abd977a-0a5f-4ee5-82bc-59982c9cd31c");

  @Test
  @Covers("listWorkItemRelations")
  void listWorkItemRelations() {
    WorkItemRelations relations =
        plane.workItemRelations().listWorkItemRelations(SLUG, PROJECT_ID, ISSUE_ID).execute();

    assertEquals(1, relations.getBlocking().size());
    RelatedWorkItemId blocked = relations.getBlocking().get(0);
    assertEquals(BLOCKED, blocked.getIssueId());
    assertEquals(PROJECT_ID, blocked.getProjectId());
    assertEquals(List.of(RELATED_A, RELATED_B),
        List.of(relations.getRelatesTo().get(0).getIssueId(),
            relations.getRelatesTo().get(1).getIssueId()));
    assertTrue(relations.getBlockedBy().isEmpty());
    assertTrue(relations.getDuplicate().isEmpty());
    assertTrue(relations.getStartAfter().isEmpty());
    assertTrue(relations.getStartBefore().isEmpty());
    assertTrue(relations.getFinishAfter().isEmpty());
    assertTrue(relations.getFinishBefore().isEmpty());
  }

  @Test
  @Covers("createWorkItemRelation")
  void createWorkItemRelation() {
    List<RelatedWorkItem> related =
        plane
            .workItemRelations()
            .createWorkItemRelation(
                SLUG,
                PROJECT_ID,
                ISSUE_ID,
                new WorkItemRelationCreate()
                    .relationType(WorkItemRelationType.RELATES_TO)
                    .issues(List.of(RELATED_B, RELATED_A)))
            .execute();

    assertEquals(2, related.size());
    RelatedWorkItem first = related.get(0);
    assertEquals(RELATED_A, first.getId());
    assertEquals(WorkItemRelationType.RELATES_TO, first.getRelationType());
    assertEquals(5, first.getSequenceId());
    assertEquals("Recorder item to delete", first.getName());
    assertEquals(RelatedWorkItem.PriorityEnum.NONE, first.getPriority());
    assertEquals(UUID.fromString("f0efa804-bde7-4961-98ef-c7880cff9ae4"), first.getStateId());
    assertEquals(USER_ID, first.getCreatedBy());
    assertEquals(OffsetDateTime.parse("2026-11-27T22:53:49.206887Z"), first.getCreatedAt());
    assertNull(first.getTypeId());
    assertEquals(RelatedWorkItem.PriorityEnum.LOW, related.get(1).getPriority());
  }
}
