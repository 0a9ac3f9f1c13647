package io.github.planesdk.webhooks;

/**
 * What happened. Current servers send {@code created}, {@code updated}, {@code deleted}
 * (and v2 {@code archived}); older v1 servers send {@code create}, {@code update},
 * {@code delete}. Both spellings map to the same constant.
 */
public enum WebhookAction {
  CREATED,
  UPDATED,
  DELETED,
  ARCHIVED,
  /** An action this SDK does not know; {@link WebhookEvent#rawAction()} has the raw value. */
  UNKNOWN;

  static WebhookAction of(String raw) {
    if (raw == null) {
      return UNKNOWN;
    }
    switch (raw) {
      case "created":
      case "create":
        return CREATED;
      case "updated":
      case "update":
        return UPDATED;
      case "deleted":
      case "delete":
        return DELETED;
      case "archived":
      case "archive":
        return ARCHIVED;
      default:
        return UNKNOWN;
    }
  }
}
