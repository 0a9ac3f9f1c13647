package io.github.planesdk.errors;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One rejected field of an error answer: an entry of a problem's {@code errors} (API v2: {@code
 * field}, {@code code}, {@code message}), or one message of a v1 field-error dict (no code).
 */
public final class FieldError implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String code;
  private final String message;

  public FieldError(String field, String code, String message) {
    this.field = field == null ? "" : field;
    this.code = code;
    this.message = message == null ? "" : message;
  }

  /** The field as the server names it: {@code name}, {@code fields}, {@code items.1.name}. */
  public String field() {
    return field;
  }

  /** Why, for programs: {@code required}, {@code unique}, {@code invalid_choice}, ... (v2 only). */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** Why, for people. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FieldError)) {
      return false;
    }
    FieldError other = (FieldError) o;
    return field.equals(other.field) && Objects.equals(code, other.code) && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, code, message);
  }

  @Override
  public String toString() {
    return field + ": " + message + (code == null ? "" : " (" + code + ")");
  }
}
