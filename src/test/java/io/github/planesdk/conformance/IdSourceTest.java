package io.github.planesdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Path ids come from answers whose objects are that kind of object. */
class IdSourceTest {
  private static final String P = "/api/v1/workspaces/{}/projects/{}/";

  @Test
  void anObjectIsAddressedByItsIdByDefault() {
    assertEquals("s1", IdSource.idOf(P + "states/", Map.of("id", "s1", "project", "p1"), "state_id"));
  }

  @Test
  void anUploadAnswerGivesItsAssetId() {
    assertEquals("a1", IdSource.idOf("/api/v1/assets/user-assets/", Map.of("asset_id", "a1", "asset_url", "/x"), "asset_id"));
  }

  @Test
  void intakeAndCycleRowsAreAddressedByTheirWorkItem() {
    Map<String, Object> intake = Map.of("id", "row", "issue", "w1");
    assertEquals("w1", IdSource.idOf(P + "intake-issues/", intake, "issue_id"));
    assertEquals("w1", IdSource.idOf(P + "cycles/{}/cycle-issues/", Map.of("id", "row", "issue", "w1"), "issue_id"));
  }

  @Test
  void theProjectMemberListIsNoSourceOfMembershipIds() {
    assertTrue(IdSource.listRefused(P + "project-members/").contains("membership id"));
    assertTrue(IdSource.listRefused(P + "members/").contains("membership id"));
    assertNull(IdSource.listRefused(P + "states/"));
  }

  @Test
  void identifierParametersComeFromListedFields() throws Exception {
    assertEquals(Map.of("project_identifier", "ACME"),
        IdSource.named("/api/v1/workspaces/{}/projects/", Map.of("id", "p", "identifier", "ACME")));
    assertEquals(Map.of("issue_identifier", "7"), IdSource.named(P + "work-items/", Map.of("id", "w", "sequence_id", 7.0)));
    Bindings b = new Bindings("acme");
    b.bindName("project_identifier", "ACME");
    b.bindName("issue_identifier", "7");
    assertEquals("/api/v1/workspaces/acme/work-items/ACME-7/",
        b.fill("/api/v1/workspaces/{slug}/work-items/{project_identifier}-{issue_identifier}/"));
  }

  @Test
  void aV2WorkItemIsAddressedByItsIdentifierWhereThePathTakesOne() {
    Map<String, Object> item = Map.of("id", "9f0c7a52-3a1e-4c5e-8f55-0d3c2a7e1b64", "identifier", "ENG-118");
    assertEquals("ENG-118", IdSource.idOf("/api/v2/workspaces/{}/work-items/", item, "identifier"));
    assertEquals("9f0c7a52-3a1e-4c5e-8f55-0d3c2a7e1b64", IdSource.idOf("/api/v2/workspaces/{}/work-items/", item, "pk"));
    assertEquals("9f0c7a52-3a1e-4c5e-8f55-0d3c2a7e1b64", IdSource.idOf("/api/v2/workspaces/{}/work-items/", item, "work_item_id"));
  }
}
