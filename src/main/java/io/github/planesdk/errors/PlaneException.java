package io.github.planesdk.errors;

/** Base of every exception the SDK throws; unchecked. */
public class PlaneException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PlaneException(String message) {
    super(message);
  }

  public PlaneException(String message, Throwable cause) {
    super(message, cause);
  }
}
