package io.github.planesdk.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a webhook delivery comes from Plane, then parses it.
 *
 * <pre>{@code
 * WebhookVerifier verifier = new WebhookVerifier(System.getenv("PLANE_WEBHOOK_SECRET"));
 * WebhookEvent event = verifier.verify(rawBody, request::getHeader);
 * }</pre>
 *
 * <p>Plane signs the body it sends with HMAC-SHA256, keyed with the webhook's secret ({@code
 * plane_wh_...}), and sends the lowercase hex digest as {@code X-Plane-Signature}. <b>Give the
 * verifier the body exactly as received, byte for byte</b>: parsing and re-serializing the JSON
 * (or decoding and re-encoding the text) changes the bytes and breaks the signature. The
 * comparison takes constant time. Thread-safe.
 */
public final class WebhookVerifier {
  public static final String SIGNATURE_HEADER = "X-Plane-Signature";
  public static final String DELIVERY_HEADER = "X-Plane-Delivery";
  public static final String EVENT_HEADER = "X-Plane-Event";

  private static final String ALGORITHM = "HmacSHA256";
  private static final int DIGEST_BYTES = 32;

  private final SecretKeySpec key;

  /** @param secret the webhook's secret, as Plane shows it when the webhook is created */
  public WebhookVerifier(String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("secret must not be null or empty");
    }
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  /**
   * Verifies the signature and parses the delivery.
   *
   * @param body the request body exactly as received
   * @param header looks up a request header by name, e.g. {@code request::getHeader} or, for the
   *     JDK's server, {@code exchange.getRequestHeaders()::getFirst}
   * @throws InvalidWebhookException when the signature is missing, malformed or wrong, or the
   *     body is not a webhook payload
   */
  public WebhookEvent verify(byte[] body, Function<String, String> header) {
    return verify(
        body, header.apply(SIGNATURE_HEADER), header.apply(DELIVERY_HEADER), header.apply(EVENT_HEADER));
  }

  /** Verifies the signature and parses the delivery, given the three headers' values. */
  public WebhookEvent verify(byte[] body, String signature, String delivery, String event) {
    verifySignature(body, signature);
    return WebhookEvent.parse(body, delivery, event);
  }

  /**
   * Checks only the signature: {@code signature} must be the lowercase hex HMAC-SHA256 of
   * {@code body}.
   *
   * @throws InvalidWebhookException when it is missing, malformed or does not match
   */
  public void verifySignature(byte[] body, String signature) {
    if (body == null) {
      throw new IllegalArgumentException("body must not be null");
    }
    if (signature == null || signature.isEmpty()) {
      throw new InvalidWebhookException("no " + SIGNATURE_HEADER + " header: the delivery is unsigned");
    }
    byte[] given = lowercaseHex(signature);
    if (given == null) {
      throw new InvalidWebhookException(
          SIGNATURE_HEADER + " is not " + DIGEST_BYTES * 2 + " lowercase hex digits");
    }
    if (!MessageDigest.isEqual(sign(body), given)) {
      throw new InvalidWebhookException(
          SIGNATURE_HEADER + " does not match the body: another secret, or the body was changed");
    }
  }

  private byte[] sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** The digest's bytes, or {@code null} unless the text is exactly 64 lowercase hex digits. */
  private static byte[] lowercaseHex(String text) {
    if (text.length() != DIGEST_BYTES * 2) {
      return null;
    }
    byte[] bytes = new byte[DIGEST_BYTES];
    for (int i = 0; i < bytes.length; i++) {
      int high = hexDigit(text.charAt(2 * i));
      int low = hexDigit(text.charAt(2 * i + 1));
      if (high < 0 || low < 0) {
        return null;
      }
      bytes[i] = (byte) (high << 4 | low);
    }
    return bytes;
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
  }

  @Override
  public String toString() {
    return "WebhookVerifier(secret ██)";
  }
}
