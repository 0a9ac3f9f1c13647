package io.github.planesdk.errors;

import okhttp3.Headers;

/** 5xx: the server, or a proxy in front of it, failed. */
public class PlaneServerException extends PlaneApiException {
  private static final long serialVersionUID = 1L;

  public PlaneServerException(int statusCode, Headers headers, String body, String message) {
    super(statusCode, headers, body, message);
  }
}
