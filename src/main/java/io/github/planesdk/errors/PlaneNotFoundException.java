package io.github.planesdk.errors;

import okhttp3.Headers;

/** 404: no such object (or no such path). */
public class PlaneNotFoundException extends PlaneApiException {
  private static final long serialVersionUID = 1L;

  public PlaneNotFoundException(Headers headers, String body, String message) {
    super(404, headers, body, message);
  }
}
