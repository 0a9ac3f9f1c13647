package io.github.planesdk.auth;

import io.github.planesdk.errors.PlaneException;

/** Fetching a new access token failed; the cause says why (often a {@code PlaneApiException}). */
public class TokenRenewalException extends PlaneException {
  private static final long serialVersionUID = 1L;

  public TokenRenewalException(String message, Throwable cause) {
    super(message, cause);
  }
}
