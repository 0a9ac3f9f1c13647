package io.github.planesdk.errors;

import okhttp3.Headers;

/**
 * 403: the API key is invalid or expired, or its user may not do this. Plane also answers 403,
 * not 404, for a workspace or project that does not exist.
 */
public class PlanePermissionException extends PlaneApiException {
  private static final long serialVersionUID = 1L;

  public PlanePermissionException(Headers headers, String body, String message) {
    super(403, headers, body, message);
  }
}
