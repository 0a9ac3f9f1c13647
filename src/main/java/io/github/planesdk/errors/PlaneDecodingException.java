package io.github.planesdk.errors;

/** A success answer whose body is not the JSON the spec promises. */
public class PlaneDecodingException extends PlaneException {
  private static final long serialVersionUID = 1L;

  public PlaneDecodingException(String message, Throwable cause) {
    super(message, cause);
  }
}
