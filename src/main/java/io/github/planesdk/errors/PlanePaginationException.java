package io.github.planesdk.errors;

/**
 * A list's pages do not lead to an end: the cursor did not advance, or a page repeated the
 * previous one (Plane bug #9340). Thrown instead of looping for ever.
 */
public class PlanePaginationException extends PlaneException {
  private static final long serialVersionUID = 1L;

  private final String cursor;

  public PlanePaginationException(String message, String cursor) {
    super(message);
    this.cursor = cursor;
  }

  /** The cursor of the page that showed the problem ({@code null} for the first page). */
  public String cursor() {
    return cursor;
  }
}
