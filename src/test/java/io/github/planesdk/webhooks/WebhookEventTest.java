package io.github.planesdk.webhooks;

import static io.github.planesdk.webhooks.Signatures.payload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.model.ModuleStatus;
import io.github.planesdk.model.ProjectModule;
import io.github.planesdk.model.UserRef;
import io.github.planesdk.model.WebhookActivity;
import io.github.planesdk.model.WebhookPayloadV2;
import io.github.planesdk.model.WorkItem;
import io.github.planesdk.model.WorkItemPriority;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** v1 and v2 payloads, in the shapes Plane sends, parse to typed models. */
class WebhookEventTest {
  private static final UUID WORKSPACE = UUID.fromString("9cbd4a61-6e55-4754-b9b3-0d5451c58232");
  private static final UUID WORK_ITEM = UUID.fromString("3f0a7c1e-8b2d-4e6f-9a0b-1c2d3e4f5a6b");

  private static WebhookEvent parse(String json) {
    return WebhookEvent.parse(json.getBytes(StandardCharsets.UTF_8), "delivery-1", null);
  }

  private static String v1(String event, String action, String data) {
    return "{\"event\": \"" + event + "\", \"action\": \"" + action + "\", "
        + "\"webhook_id\": \"5b1c0a9e-2f4d-4c8e-9a1b-3d2e4f5a6b7c\", "
        + "\"workspace_id\": \"" + WORKSPACE + "\", \"data\": " + data + ", \"activity\": "
        + "{\"field\": null, \"new_value\": null, \"old_value\": null, \"actor\": null, "
        + "\"old_identifier\": null, \"new_identifier\": null}}";
  }

  private static String v2(String event, String data, String previous) {
    return "{\"version\": \"v2\", \"delivery_id\": \"d-2\", \"event_id\": \"e-2\", "
        + "\"entity_id\": \"" + WORK_ITEM + "\", \"entity_type\": \"x\", \"event\": \"" + event + "\", "
        + "\"webhook_id\": \"5b1c0a9e-2f4d-4c8e-9a1b-3d2e4f5a6b7c\", \"workspace_id\": \"" + WORKSPACE
        + "\", \"data\": " + data + ", \"previous_attributes\": " + previous + "}";
  }

  @Test
  void v1WorkItemUpdate() {
    WebhookEvent event = WebhookEvent.parse(payload("v1-issue-updated.json"), "delivery-1", "issue");

    assertEquals(1, event.version());
    assertEquals("issue", event.event());
    assertEquals(WebhookEntity.WORK_ITEM, event.entity());
    assertEquals(WebhookAction.UPDATED, event.action());
    assertEquals(WORKSPACE, event.workspaceId());
    assertEquals(Optional.empty(), event.eventId(), "v1 has no event id");
    WorkItem item = event.workItem().orElseThrow();
    assertEquals(WORK_ITEM, item.getId());
    assertEquals(WorkItemPriority.HIGH, item.getPriority());
    assertEquals(42, item.getSequenceId());
    assertEquals(LocalDate.of(2026, 12, 15), item.getTargetDate());
    // the open-source server expands state, labels and assignees into objects
    assertEquals("In Progress", item.getState().expanded().orElseThrow().getName());
    assertEquals("docs", item.getLabels().get(0).expanded().orElseThrow().getName());
    UserRef assignee = item.getAssignees().get(0);
    assertEquals(UUID.fromString("ecfe465b-8a7c-4954-aff0-1e727123bf24"), assignee.id());
    assertEquals("sdk-tester", assignee.expanded().orElseThrow().getDisplayName());
    assertEquals("<p>For 0.2 \u2014 the new OAuth section</p>", item.getDescriptionHtml());
    // fields the model does not name (its cycle, its description document) are kept
    assertEquals("Sprint 7", ((Map<?, ?>) item.additionalProperties().get("cycle")).get("name"));
    WebhookActivity activity = event.v1().orElseThrow().getActivity();
    assertEquals("priority", activity.getField());
    assertEquals("medium", activity.getOldValue());
    assertEquals("sdk-tester", activity.getActor().getDisplayName());
    assertEquals(Optional.empty(), event.project(), "typed only as what the event names");
  }

  @Test
  void v2WorkItemUpdateWithItsDeduplicationKey() {
    WebhookEvent event = WebhookEvent.parse(payload("v2-workitem-updated.json"), null, "workitem.updated");

    assertEquals(2, event.version());
    assertEquals(WebhookEntity.WORK_ITEM, event.entity());
    assertEquals(WebhookAction.UPDATED, event.action());
    assertEquals("b7a8c9d0-e1f2-4a3b-9c4d-5e6f7a8b9c0d", event.eventId().orElseThrow());
    assertEquals("0e9b6c7a-1d2f-4b3c-8e5a-6f7d8c9b0a1e", event.deliveryId(), "from the body without the header");
    assertEquals(WorkItemPriority.URGENT, event.workItem().orElseThrow().getPriority());
    WebhookPayloadV2 v2 = event.v2().orElseThrow();
    assertEquals(WORK_ITEM, v2.getEntityId());
    assertEquals(Map.of("priority", "high"), v2.getPreviousAttributes());
  }

  @Test
  void olderV1ActionSpellings() {
    WebhookEvent event = parse(v1("issue", "update", "{\"id\": \"" + WORK_ITEM + "\"}"));

    assertEquals(WebhookAction.UPDATED, event.action());
    assertEquals("update", event.rawAction());
    assertEquals(WebhookAction.CREATED, parse(v1("project", "create", "{}")).action());
    assertEquals(WebhookAction.DELETED, parse(v1("project", "delete", "{}")).action());
  }

  @Test
  void aV1DeleteCarriesOnlyTheId() {
    WebhookEvent event = parse(v1("issue", "deleted", "{\"id\": \"" + WORK_ITEM + "\"}"));

    assertEquals(WebhookAction.DELETED, event.action());
    WorkItem deleted = event.workItem().orElseThrow();
    assertEquals(WORK_ITEM, deleted.getId());
    assertNull(deleted.getName());
  }

  @Test
  void eachEntityDecodesToItsModel() {
    String project = "{\"id\": \"1ab7ec3f-552e-4a0f-845c-0c4371e8ac2c\", \"name\": \"Recorder\", \"identifier\": \"RECTUF\"}";
    assertEquals("RECTUF", parse(v1("project", "created", project)).project().orElseThrow().getIdentifier());
    assertEquals("RECTUF", parse(v2("project.created", project, "{}")).project().orElseThrow().getIdentifier());

    String cycle = "{\"id\": \"" + WORK_ITEM + "\", \"name\": \"Sprint 7\"}";
    assertEquals("Sprint 7", parse(v1("cycle", "created", cycle)).cycle().orElseThrow().getName());
    assertEquals("Sprint 7", parse(v2("cycle.archived", cycle, "{}")).cycle().orElseThrow().getName());

    String module = "{\"id\": \"" + WORK_ITEM + "\", \"name\": \"Billing\", \"status\": \"in-progress\"}";
    ProjectModule parsed = parse(v2("module.updated", module, "{\"status\": \"planned\"}")).module().orElseThrow();
    assertEquals(ModuleStatus.IN_PROGRESS, parsed.getStatus());

    String comment = "{\"id\": \"" + WORK_ITEM + "\", \"comment_html\": \"<p>LGTM</p>\", \"issue\": \"" + WORK_ITEM + "\"}";
    assertEquals("<p>LGTM</p>", parse(v1("issue_comment", "created", comment)).comment().orElseThrow().getCommentHtml());
    WebhookEvent v2Comment = parse(v2("workitem.comment.created", comment, "{}"));
    assertEquals(WebhookEntity.WORK_ITEM_COMMENT, v2Comment.entity());
    assertEquals(WORK_ITEM, v2Comment.comment().orElseThrow().getIssue());
    assertEquals(Optional.empty(), v2Comment.workItem());
  }

  @Test
  void aV2DeleteHasNoDataButThePreviousRecord() {
    WebhookEvent event =
        parse(v2("workitem.deleted", "{}", "{\"id\": \"" + WORK_ITEM + "\", \"name\": \"Gone\"}"));

    assertEquals(WebhookAction.DELETED, event.action());
    assertEquals(Optional.empty(), event.workItem());
    assertEquals("Gone", event.v2().orElseThrow().getPreviousAttributes().get("name"));
  }

  @Test
  void unknownEventsAndActionsParseAndKeepTheirRawValues() {
    WebhookEvent docsOddity = parse(v2("WebhookScope.ScopeChoices.WORK_ITEM_UPDATED", "{\"id\": \"x\"}", "{}"));
    assertEquals(WebhookEntity.UNKNOWN, docsOddity.entity());
    assertEquals(WebhookAction.UNKNOWN, docsOddity.action());
    assertEquals("WebhookScope.ScopeChoices.WORK_ITEM_UPDATED", docsOddity.event());
    assertEquals("x", docsOddity.data().get("id"));

    WebhookEvent newer = parse(v1("estimate_point", "reordered", "{\"id\": \"p-1\"}"));
    assertEquals(WebhookEntity.UNKNOWN, newer.entity());
    assertEquals(WebhookAction.UNKNOWN, newer.action());
    assertEquals("estimate_point", newer.event());
    assertEquals("reordered", newer.rawAction());

    WebhookEvent page = parse(v2("page.comment.updated", "{\"id\": \"c-1\"}", "{}"));
    assertEquals(WebhookEntity.PAGE_COMMENT, page.entity());
    assertEquals(WebhookAction.UPDATED, page.action());
    assertEquals(WebhookEntity.WORK_ITEM_PAGE_LINK, parse(v2("workitem.page_link.created", "{}", "{}")).entity());
  }

  @Test
  void aBodyThatIsNoPayloadIsRefused() {
    for (String body : new String[] {"not json", "[1, 2]", "{\"event\": 7, \"webhook_id\": \"no-uuid\"}"}) {
      assertThrows(InvalidWebhookException.class, () -> parse(body), body);
    }
    assertTrue(parse("{}").data().isEmpty());
  }
}
