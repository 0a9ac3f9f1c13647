package io.github.planesdk.errors;

import java.io.IOException;

/**
 * The call's {@code callTimeout} was up: during the exchange, or before a wait the SDK would have
 * added (rate-limit pacing), which the call then does not start. Like any connection failure, a
 * POST or PATCH that ends here during the exchange may or may not have taken effect.
 */
public class PlaneTimeoutException extends PlaneConnectionException {
  private static final long serialVersionUID = 1L;

  public PlaneTimeoutException(String message, IOException cause) {
    super(message, cause);
  }
}
