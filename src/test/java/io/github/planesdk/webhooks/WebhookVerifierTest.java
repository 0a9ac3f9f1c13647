package io.github.planesdk.webhooks;

import static io.github.planesdk.webhooks.Signatures.SECRET;
import static io.github.planesdk.webhooks.Signatures.hmacSha256Hex;
import static io.github.planesdk.webhooks.Signatures.payload;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {
  private static final byte[] BODY = payload("v1-issue-updated.json");
  private final WebhookVerifier verifier = new WebhookVerifier(SECRET);

  private String refusal(byte[] body, String signature) {
    return assertThrows(InvalidWebhookException.class, () -> verifier.verifySignature(body, signature))
        .getMessage();
  }

  @Test
  void knownAnswerFromRfc4231() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    String expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
    byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);

    assertEquals(expected, hmacSha256Hex("Jefe", data), "the test's own HMAC");
    assertDoesNotThrow(() -> new WebhookVerifier("Jefe").verifySignature(data, expected));
  }

  @Test
  void knownAnswersForPlanePayloads() {
    // expected hex from `openssl dgst -sha256 -hmac <SECRET> <file>`, outside this code base
    String v1 = "5aa5994715b0696dae2df26db2320c4027a1e5e35cf2a22e3429655a42b41b9e";
    String v2 = "f9321bfc97670b9230781da68735b5cc67ea06f743059ae57812e3ab2e8d91e5";

    assertEquals(v1, hmacSha256Hex(SECRET, BODY), "the test's own HMAC");
    assertEquals(WebhookEntity.WORK_ITEM, verifier.verify(BODY, v1, "d-1", "issue").entity());
    byte[] v2Body = payload("v2-workitem-updated.json");
    assertEquals("workitem.updated", verifier.verify(v2Body, v2, "d-2", "workitem.updated").event());
    assertTrue(refusal(v2Body, v1).contains("does not match"), "each signature fits its own body");
  }

  @Test
  void acceptsAPlanePayloadSignedWithItsSecret() {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("x-plane-signature", hmacSha256Hex(SECRET, BODY));
    headers.put("X-Plane-Delivery", "7d2f0c3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f");
    headers.put("X-Plane-Event", "issue");

    WebhookEvent event = verifier.verify(BODY, headers::get);

    assertEquals("7d2f0c3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", event.deliveryId());
    assertEquals("issue", event.eventHeader());
    assertEquals(WebhookEntity.WORK_ITEM, event.entity());
    assertEquals("Write the release notes", event.workItem().orElseThrow().getName());
  }

  @Test
  void refusesATamperedBody() {
    String signature = hmacSha256Hex(SECRET, BODY);
    byte[] tampered = new String(BODY, StandardCharsets.UTF_8)
        .replace("\"priority\": \"high\"", "\"priority\": \"none\"")
        .getBytes(StandardCharsets.UTF_8);

    assertTrue(refusal(tampered, signature).contains("does not match the body"));
  }

  @Test
  void refusesTheSameJsonReserialized() {
    // the same object without Python's spaces: the bytes differ, so must the verdict
    String compact = new String(BODY, StandardCharsets.UTF_8).replace("\": ", "\":").replace(", \"", ",\"");

    assertTrue(refusal(compact.getBytes(StandardCharsets.UTF_8), hmacSha256Hex(SECRET, BODY))
        .contains("does not match"));
  }

  @Test
  void refusesAnotherSecret() {
    String signature = hmacSha256Hex("plane_wh_00000000000000000000000000000000", BODY);

    assertTrue(refusal(BODY, signature).contains("does not match"));
  }

  @Test
  void refusesAMissingSignature() {
    assertTrue(refusal(BODY, null).contains("no X-Plane-Signature"));
    assertTrue(refusal(BODY, "").contains("no X-Plane-Signature"));
    assertThrows(InvalidWebhookException.class, () -> verifier.verify(BODY, name -> null));
  }

  @Test
  void refusesUpperCaseHexAndOtherMalformedSignatures() {
    String signature = hmacSha256Hex(SECRET, BODY);

    for (String malformed :
        new String[] {
          signature.toUpperCase(Locale.ROOT),
          "sha256=" + signature,
          signature.substring(2),
          signature + "00",
          signature.substring(0, 63) + "g"
        }) {
      assertTrue(refusal(BODY, malformed).contains("64 lowercase hex digits"), malformed);
    }
  }

  @Test
  void theSecretStaysOutOfMessagesAndToString() {
    String message = refusal(BODY, hmacSha256Hex("another", BODY));

    assertFalse(message.contains(SECRET), message);
    assertFalse(verifier.toString().contains(SECRET), verifier.toString());
    assertThrows(IllegalArgumentException.class, () -> new WebhookVerifier(""));
  }
}
