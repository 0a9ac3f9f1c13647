package io.github.planesdk.errors;

import java.util.List;
import java.util.Map;
import okhttp3.Headers;

/** 400: the server refused the input. Validation errors are also available by field. */
public class PlaneBadRequestException extends PlaneApiException {
  private static final long serialVersionUID = 1L;

  private final Map<String, List<String>> fieldErrors;

  public PlaneBadRequestException(
      Headers headers, String body, String message, Map<String, List<String>> fieldErrors) {
    super(400, headers, body, message);
    this.fieldErrors = fieldErrors == null ? Map.of() : fieldErrors;
  }

  /**
   * The messages per request field, e.g. {@code name -> [This field is required.]}; DRF's
   * {@code non_field_errors} included. Empty when the server sent a single message.
   */
  public Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }
}
