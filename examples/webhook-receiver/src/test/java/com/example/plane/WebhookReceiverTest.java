package com.example.plane;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.planesdk.webhooks.WebhookEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The receiver run for real on a free port: a signed POST is handled, a tampered one refused. */
class WebhookReceiverTest {
  private static final String SECRET = "plane_wh_0123456789abcdef0123456789abcdef";
  private static final String BODY =
      "{\"version\": \"v2\", \"delivery_id\": \"d-1\", \"event_id\": \"e-1\", "
          + "\"entity_id\": \"3f0a7c1e-8b2d-4e6f-9a0b-1c2d3e4f5a6b\", \"entity_type\": \"workitem\", "
          + "\"event\": \"workitem.created\", \"webhook_id\": \"5b1c0a9e-2f4d-4c8e-9a1b-3d2e4f5a6b7c\", "
          + "\"workspace_id\": \"9cbd4a61-6e55-4754-b9b3-0d5451c58232\", "
          + "\"data\": {\"id\": \"3f0a7c1e-8b2d-4e6f-9a0b-1c2d3e4f5a6b\", \"name\": \"Ship it\"}, "
          + "\"previous_attributes\": {}}";

  private final BlockingQueue<WebhookEvent> handled = new LinkedBlockingQueue<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private WebhookReceiver receiver;

  @BeforeEach
  void start() throws Exception {
    receiver = new WebhookReceiver(0, SECRET, handled::add);
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  private int post(String body, String signature) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + receiver.port() + "/plane/webhook"))
            .header("Content-Type", "application/json")
            .header("X-Plane-Delivery", "d-1")
            .header("X-Plane-Event", "workitem.created")
            .header("X-Plane-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static String sign(String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    StringBuilder hex = new StringBuilder();
    for (byte b : mac.doFinal(body.getBytes(StandardCharsets.UTF_8))) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }

  @Test
  void acceptsASignedDeliveryAndHandlesItOnce() throws Exception {
    assertEquals(204, post(BODY, sign(BODY)));
    assertEquals(204, post(BODY, sign(BODY)), "Plane's retry is answered too");

    String next = BODY.replace("e-1", "e-2");
    assertEquals(204, post(next, sign(next)));

    WebhookEvent event = handled.poll(10, TimeUnit.SECONDS);
    assertEquals("Ship it", event.workItem().orElseThrow().getName());
    assertEquals("e-1", event.eventId().orElseThrow());
    // one worker handles events in order: the retry was dropped, so e-2 comes next
    assertEquals("e-2", handled.poll(10, TimeUnit.SECONDS).eventId().orElseThrow());
  }

  @Test
  void refusesATamperedDelivery() throws Exception {
    String tampered = BODY.replace("Ship it", "Drop it");

    assertEquals(400, post(tampered, sign(BODY)));
    assertEquals(400, post(BODY, sign(BODY).toUpperCase()));
    assertEquals(204, post(BODY, sign(BODY)));

    // the refused deliveries never reached the handler: the signed one is the first it sees
    assertEquals("Ship it", handled.poll(10, TimeUnit.SECONDS).workItem().orElseThrow().getName());
  }
}
