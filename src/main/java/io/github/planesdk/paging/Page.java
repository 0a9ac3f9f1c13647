package io.github.planesdk.paging;

import java.util.List;
import java.util.Optional;

/**
 * One page as a {@link Pager} fetched it, with the cursors to come back to it or to what
 * follows it.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final String cursor;
  private final String nextCursor;
  private final List<T> items;
  private final CursorPage<T> envelope;

  Page(String cursor, String nextCursor, List<T> items, CursorPage<T> envelope) {
    this.cursor = cursor;
    this.nextCursor = nextCursor;
    this.items = items;
    this.envelope = envelope;
  }

  /** The cursor this page was fetched with; {@code null} for a list's first page. */
  public String cursor() {
    return cursor;
  }

  /**
   * The cursor of the following page, to save and resume from with {@link
   * Pager#startingAt(String)}; empty on the last page.
   */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(nextCursor);
  }

  /** Whether this is the list's last page. */
  public boolean isLast() {
    return nextCursor == null;
  }

  /** The items of this page. */
  public List<T> items() {
    return items;
  }

  /** The page as the server sent it (totals, counts, the generated {@code *Page} model). */
  public CursorPage<T> envelope() {
    return envelope;
  }

  @Override
  public String toString() {
    return "Page(cursor=" + cursor + ", items=" + items.size() + ", next=" + nextCursor + ")";
  }
}
