package io.github.planesdk.webhooks;

import io.github.planesdk.errors.PlaneException;

/**
 * A delivery that must not be trusted or cannot be read: no or a malformed signature, a
 * signature that does not match the body, or a body that is not a webhook payload. Answer it
 * with a 4xx.
 */
public class InvalidWebhookException extends PlaneException {
  private static final long serialVersionUID = 1L;

  public InvalidWebhookException(String message) {
    super(message);
  }

  public InvalidWebhookException(String message, Throwable cause) {
    super(message, cause);
  }
}
