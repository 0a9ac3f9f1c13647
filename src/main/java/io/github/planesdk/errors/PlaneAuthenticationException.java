package io.github.planesdk.errors;

import okhttp3.Headers;

/** 401: the request carried no API key. */
public class PlaneAuthenticationException extends PlaneApiException {
  private static final long serialVersionUID = 1L;

  public PlaneAuthenticationException(Headers headers, String body, String message) {
    super(401, headers, body, message);
  }
}
