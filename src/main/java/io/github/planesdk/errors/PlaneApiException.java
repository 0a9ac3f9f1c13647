package io.github.planesdk.errors;

import io.github.planesdk.internal.RetryAfter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
  private String code;
  private String problemType;
  private List<FieldError> errors = List.of();

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
    ErrorDetails details = ErrorDetails.parse(body);
    PlaneApiException e = forStatus(call, statusCode, headers, body, details);
    e.call = call;
    e.code = details.code();
    e.problemType = details.problemType();
    e.errors = details.errors();
    return e;
  }

  private static PlaneApiException forStatus(
      String call, int statusCode, Headers headers, String body, ErrorDetails details) {
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
        if (isBulk(call) || PlaneBulkConflictException.namesRows(details.errors())) {
          return new PlaneBulkConflictException(headers, body, message);
        }
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

  /** API v2's {@code bulk-create/}, {@code bulk-update/} and {@code bulk-delete/} calls. */
  private static boolean isBulk(String call) {
    return call != null && call.matches("POST .*/bulk-(create|update|delete)/");
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

  /**
   * The machine-readable code: an API v2 problem's {@code code} ({@code invalid_request}, {@code
   * ordering_not_cursor_eligible}, {@code work_item_types_managed_at_workspace}, ...), or the
   * {@code error_code} / {@code code} of a v1 body; empty when the server sent none.
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * An API v2 problem's {@code type}, the closed set of categories ({@code invalid_request},
   * {@code conflict}, ...) to fall back on for a {@link #code()} this program does not know;
   * empty for a v1 body.
   */
  public Optional<String> problemType() {
    return Optional.ofNullable(problemType);
  }

  /**
   * The rejected fields: an API v2 problem's {@code errors} ({@code field}, {@code code}, {@code
   * message}), or one entry per message of a v1 field-error dict; empty when there are none.
   */
  public List<FieldError> errors() {
    return errors;
  }

  /** The server's explanation in one line, without the status. */
  public String serverMessage() {
    return serverMessage;
  }
}
