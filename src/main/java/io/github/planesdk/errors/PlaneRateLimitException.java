package io.github.planesdk.errors;

import java.time.Duration;
import java.util.Optional;
import okhttp3.Headers;

/**
 * 429: the API key used up its request budget, and the SDK's retries (if any) did not get
 * through. {@link #retryAfter()} says how long the server asked to wait.
 */
public class PlaneRateLimitException extends PlaneApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public PlaneRateLimitException(Headers headers, String body, String message, Duration retryAfter) {
    super(429, headers, body, message);
    this.retryAfter = retryAfter;
  }

  /** The wait from the {@code Retry-After} header, if the server sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
