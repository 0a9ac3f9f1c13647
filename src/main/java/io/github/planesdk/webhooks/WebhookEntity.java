package io.github.planesdk.webhooks;

/**
 * What a webhook event is about, read from its {@code event}: the open-source server's v1
 * names ({@code issue}, {@code issue_comment}, ...) and Plane Cloud's v2 prefixes ({@code
 * workitem}, {@code workitem.comment}, ...) map to the same constants.
 */
public enum WebhookEntity {
  PROJECT("project", "project"),
  WORK_ITEM("issue", "workitem"),
  CYCLE("cycle", "cycle"),
  MODULE("module", "module"),
  WORK_ITEM_COMMENT("issue_comment", "workitem.comment"),
  CYCLE_WORK_ITEM("cycle_issue", null),
  MODULE_WORK_ITEM("module_issue", null),
  INTAKE_WORK_ITEM("intake_issue", null),
  MILESTONE(null, "milestone"),
  PAGE(null, "page"),
  PAGE_COMMENT(null, "page.comment"),
  WORK_ITEM_LINK(null, "workitem.link"),
  WORK_ITEM_ATTACHMENT(null, "workitem.attachment"),
  WORK_ITEM_VOTE(null, "workitem.vote"),
  WORK_ITEM_RELATION(null, "workitem.relation"),
  WORK_ITEM_DEPENDENCY(null, "workitem.dependency"),
  WORK_ITEM_PAGE_LINK(null, "workitem.page_link"),
  /** An event this SDK does not know; {@link WebhookEvent#event()} has the raw value. */
  UNKNOWN(null, null);

  private final String v1Event;
  private final String v2Prefix;

  WebhookEntity(String v1Event, String v2Prefix) {
    this.v1Event = v1Event;
    this.v2Prefix = v2Prefix;
  }

  static WebhookEntity ofV1(String event) {
    for (WebhookEntity entity : values()) {
      if (entity.v1Event != null && entity.v1Event.equals(event)) {
        return entity;
      }
    }
    return UNKNOWN;
  }

  /** @param prefix the v2 event without its action: {@code workitem.comment} */
  static WebhookEntity ofV2(String prefix) {
    for (WebhookEntity entity : values()) {
      if (entity.v2Prefix != null && entity.v2Prefix.equals(prefix)) {
        return entity;
      }
    }
    return UNKNOWN;
  }
}
