package io.github.planesdk.errors;

import okhttp3.Headers;

/**
 * The server answered with an error status. Carries the status, the response headers, the raw
 * body and one readable message taken from whichever error shape Plane sent.
 */
public class PlaneApiException extends PlaneException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final transient Headers headers;
  private final String body;

  public PlaneApiException(int statusCode, Headers headers, String body, String message) {
    super(statusCode + ": " + message);
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
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
}
