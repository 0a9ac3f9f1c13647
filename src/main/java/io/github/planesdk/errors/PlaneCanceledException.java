package io.github.planesdk.errors;

import java.io.IOException;

/**
 * The call was cancelled ({@code PlaneCall.cancel()}, or OkHttp's own cancel). A call waiting in
 * the SDK (for the rate limit, a {@code Retry-After} or a backoff) stops at once, unsent; one
 * cancelled during the exchange may or may not have reached the server.
 */
public class PlaneCanceledException extends PlaneConnectionException {
  private static final long serialVersionUID = 1L;

  public PlaneCanceledException(String message, IOException cause) {
    super(message, cause);
  }
}
