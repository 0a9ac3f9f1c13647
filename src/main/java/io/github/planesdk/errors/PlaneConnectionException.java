package io.github.planesdk.errors;

import java.io.IOException;

/**
 * No usable answer arrived: the connection failed, timed out or broke off. A request that may
 * have reached the server is not retried unless it is idempotent, so a POST or PATCH that ends
 * here may or may not have taken effect.
 */
public class PlaneConnectionException extends PlaneException {
  private static final long serialVersionUID = 1L;

  public PlaneConnectionException(String message, IOException cause) {
    super(message, cause);
  }
}
