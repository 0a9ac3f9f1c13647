package io.github.planesdk.errors;

import io.github.planesdk.internal.RetryAfter;
import java.time.Instant;
import okhttp3.Headers;

/**
 * The server answered with an error status. Carries the status, the response headers, the raw
 * body and one readable message taken from whichever error shape Plane sent. Each status Plane
 * uses has its own subclass; {@link #of} picks it.
 */
public class PlaneApiException extends PlaneException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final transient Headers headers;
  private final String body;
  private final String serverMessage;
  private String call;

  public PlaneApiException(int statusCode, Headers headers, String body, String message) {
    super(statusCode + ": " + message);
    this.statusCode = statusCode;
    this.headers = headers == null ? Headers.of() : headers;
    this.body = body == null ? "" : body;
    this.serverMessage = message;
  }

  /** The exception for an error answer: the subclass for its status, its message normalized. */
  public static PlaneApiException of(int statusCode, Headers headers, String body) {
    return of(null, statusCode, headers, body);
  }

  /**
   * The exception for an error answer to {@code call} (method and path template, e.g. {@code
   * GET /api/v1/users/me/}), which its message names.
   */
  public static PlaneApiException of(String call, int statusCode, Headers headers, String body) {
    PlaneApiException e = forStatus(statusCode, headers, body);
    e.call = call;
    return e;
  }

  private static PlaneApiException forStatus(int statusCode, Headers headers, String body) {
    ErrorDetails details = ErrorDetails.parse(body);
    String message = details.message(statusCode);
    switch (statusCode) {
      case 400:
        return new PlaneBadRequestException(headers, body, message, details.fieldErrors());
      case 401:
        return new PlaneAuthenticationException(headers, body, message);
      case 403:
        return new PlanePermissionException(headers, body, message);
      case 404:
        return new PlaneNotFoundException(headers, body, message);
      case 409:
        return new PlaneConflictException(headers, body, message, details.existingId().orElse(null));
      case 429:
        String retryAfter = headers == null ? null : headers.get("Retry-After");
        return new PlaneRateLimitException(
            headers, body, message, RetryAfter.parse(retryAfter, Instant.now()));
      default:
        return statusCode >= 500
            ? new PlaneServerException(statusCode, headers, body, message)
            : new PlaneApiException(statusCode, headers, body, message);
    }
  }

  /** Names the call when known: {@code GET /api/v1/users/me/ answered 404: ...}. */
  @Override
  public String getMessage() {
    return call == null ? super.getMessage() : call + " answered " + super.getMessage();
  }

  /** The call's method and path template, e.g. {@code GET /api/v1/users/me/}; may be null. */
  public String call() {
    return call;
  }

  /** The HTTP status code. */
  public int statusCode() {
    return statusCode;
  }

  /** The response headers. */
  public Headers headers() {
    return headers;
  }

  /** The response body as received (may be empty). */
  public String body() {
    return body;
  }

  /** The server's explanation in one line, without the status. */
  public String serverMessage() {
    return serverMessage;
  }
}
