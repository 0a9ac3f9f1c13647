package io.github.planesdk.errors;

/**
 * A list's pages do not lead to an end: the cursor (or, in API v2, the offset) did not advance,
 * or a page repeated the previous one (Plane bug #9340); or an API v2 offset walk reached the
 * server's offset limit. Thrown instead of looping for ever or ending a list early unsaid.
 */
public class PlanePaginationException extends PlaneException {
  private static final long serialVersionUID = 1L;

  private final String cursor;
  private final Integer offset;

  public PlanePaginationException(String message, String cursor) {
    this(message, cursor, null);
  }

  /** For an API v2 offset walk, {@code offset} is where it stopped. */
  public PlanePaginationException(String message, String cursor, Integer offset) {
    super(message);
    this.cursor = cursor;
    this.offset = offset;
  }

  /** The cursor of the page that showed the problem ({@code null} for the first page). */
  public String cursor() {
    return cursor;
  }

  /** API v2 offset walks: the offset of the page that showed the problem, or that was refused. */
  public java.util.OptionalInt offset() {
    return offset == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(offset);
  }
}
