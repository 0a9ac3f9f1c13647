package io.github.planesdk.webhooks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.github.planesdk.errors.PlaneDecodingException;
import io.github.planesdk.json.PlaneJson;
import io.github.planesdk.model.Cycle;
import io.github.planesdk.model.ProjectModule;
import io.github.planesdk.model.Project;
import io.github.planesdk.model.WebhookPayloadV1;
import io.github.planesdk.model.WebhookPayloadV2;
import io.github.planesdk.model.WorkItem;
import io.github.planesdk.model.WorkItemComment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One webhook delivery, parsed: the generated payload model ({@link #v1()} from the
 * open-source server, {@link #v2()} from Plane Cloud), what it is about, and its {@code data}
 * as a typed model for the entities the SDK has models of. Unknown events and actions parse;
 * their raw values stay in {@link #event()} and {@link #rawAction()}.
 */
public final class WebhookEvent {
  private static final Moshi MOSHI = PlaneJson.moshi();
  private static final JsonAdapter<Object> TREE = MOSHI.adapter(Object.class);

  private final WebhookPayloadV1 v1;
  private final WebhookPayloadV2 v2;
  private final String deliveryId;
  private final String eventHeader;
  private final String rawAction;
  private final WebhookEntity entity;

  private WebhookEvent(
      WebhookPayloadV1 v1, WebhookPayloadV2 v2, String deliveryId, String eventHeader) {
    this.v1 = v1;
    this.v2 = v2;
    this.deliveryId = deliveryId;
    this.eventHeader = eventHeader;
    if (v1 != null) {
      this.rawAction = v1.getAction();
      this.entity = WebhookEntity.ofV1(v1.getEvent());
    } else {
      String event = v2.getEvent() == null ? "" : v2.getEvent();
      int dot = event.lastIndexOf('.');
      this.rawAction = dot < 0 ? null : event.substring(dot + 1);
      this.entity = dot < 0 ? WebhookEntity.UNKNOWN : WebhookEntity.ofV2(event.substring(0, dot));
    }
  }

  /**
   * Parses a delivery without checking its signature: only for a webhook that has no secret.
   * Otherwise use {@link WebhookVerifier#verify}.
   *
   * @param delivery the {@code X-Plane-Delivery} header, or {@code null}
   * @param event the {@code X-Plane-Event} header, or {@code null}
   * @throws InvalidWebhookException when the body is not a JSON object of a webhook payload
   */
  public static WebhookEvent parse(byte[] body, String delivery, String event) {
    Object tree;
    try {
      tree = TREE.fromJson(new String(body, StandardCharsets.UTF_8));
    } catch (IOException | JsonDataException e) {
      throw new InvalidWebhookException("the webhook body is not JSON: " + e.getMessage(), e);
    }
    if (!(tree instanceof Map)) {
      throw new InvalidWebhookException("the webhook body is not a JSON object");
    }
    Object version = ((Map<?, ?>) tree).get("version");
    try {
      if ("v2".equals(version)) {
        return new WebhookEvent(null, decode(WebhookPayloadV2.class, tree), delivery, event);
      }
      return new WebhookEvent(decode(WebhookPayloadV1.class, tree), null, delivery, event);
    } catch (RuntimeException e) { // JsonDataException, or a value an adapter refuses
      throw new InvalidWebhookException("the webhook body is not a Plane payload: " + e.getMessage(), e);
    }
  }

  /** 1 from the open-source server, 2 from Plane Cloud ({@code "version": "v2"}). */
  public int version() {
    return v1 != null ? 1 : 2;
  }

  /** The v1 payload, from the open-source server. */
  public Optional<WebhookPayloadV1> v1() {
    return Optional.ofNullable(v1);
  }

  /** The v2 payload, from Plane Cloud. */
  public Optional<WebhookPayloadV2> v2() {
    return Optional.ofNullable(v2);
  }

  /** The body's {@code event} as sent: {@code issue} (v1), {@code workitem.updated} (v2), ... */
  public String event() {
    return v1 != null ? v1.getEvent() : v2.getEvent();
  }

  /** What the event is about; {@link WebhookEntity#UNKNOWN} for an event this SDK does not know. */
  public WebhookEntity entity() {
    return entity;
  }

  public WebhookAction action() {
    return WebhookAction.of(rawAction);
  }

  /** The action as sent: v1's {@code action}, or v2's event after its last dot. */
  public String rawAction() {
    return rawAction;
  }

  /** {@code X-Plane-Delivery}: new on every send, retries included (v2: also the body's). */
  public String deliveryId() {
    return deliveryId != null || v2 == null ? deliveryId : v2.getDeliveryId();
  }

  /** {@code X-Plane-Event}, as received. */
  public String eventHeader() {
    return eventHeader;
  }

  /**
   * v2's {@code event_id}: the same on every retry of one event, so the key to deduplicate
   * deliveries on. Empty for v1, which has none.
   */
  public Optional<String> eventId() {
    return v2 == null ? Optional.empty() : Optional.ofNullable(v2.getEventId());
  }

  public UUID webhookId() {
    return v1 != null ? v1.getWebhookId() : v2.getWebhookId();
  }

  public UUID workspaceId() {
    return v1 != null ? v1.getWorkspaceId() : v2.getWorkspaceId();
  }

  /** The event's {@code data} as a JSON tree; empty on a v2 delete. */
  public Map<String, Object> data() {
    Map<String, Object> data = v1 != null ? v1.getData() : v2.getData();
    return data == null ? Map.of() : data;
  }

  /** {@code data} as a work item, for {@link WebhookEntity#WORK_ITEM} events. */
  public Optional<WorkItem> workItem() {
    return typed(WebhookEntity.WORK_ITEM, WorkItem.class);
  }

  public Optional<Project> project() {
    return typed(WebhookEntity.PROJECT, Project.class);
  }

  public Optional<Cycle> cycle() {
    return typed(WebhookEntity.CYCLE, Cycle.class);
  }

  public Optional<ProjectModule> module() {
    return typed(WebhookEntity.MODULE, ProjectModule.class);
  }

  public Optional<WorkItemComment> comment() {
    return typed(WebhookEntity.WORK_ITEM_COMMENT, WorkItemComment.class);
  }

  /**
   * {@code data} decoded as any model, for the entities without a getter above.
   *
   * @throws PlaneDecodingException when it does not fit the model
   */
  public <T> T data(Class<T> model) {
    try {
      return decode(model, data());
    } catch (RuntimeException e) { // JsonDataException, or a value an adapter refuses
      throw new PlaneDecodingException(
          "the " + event() + " webhook's data is not a valid " + model.getSimpleName() + ": "
              + e.getMessage(),
          e);
    }
  }

  private <T> Optional<T> typed(WebhookEntity expected, Class<T> model) {
    return entity == expected && !data().isEmpty() ? Optional.of(data(model)) : Optional.empty();
  }

  private static <T> T decode(Class<T> model, Object tree) {
    return MOSHI.adapter(model).fromJsonValue(tree);
  }

  @Override
  public String toString() {
    return "WebhookEvent(v" + version() + " " + event() + ", delivery " + deliveryId() + ")";
  }
}
