package io.github.planesdk.paging;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One page of an API v2 list as a {@link V2Pager} fetched it: its style, where it was and where
 * the next page is (a cursor or an offset, by style), to come back to it or resume after it.
 *
 * @param <T> the item type
 */
public final class V2Page<T> {
  private final V2Pager.Style style;
  private final String cursor;
  private final Integer offset;
  private final String nextCursor;
  private final Integer nextOffset;
  private final List<T> items;
  private final V2PageEnvelope<T> envelope;

  V2Page(
      V2Pager.Style style,
      String cursor,
      Integer offset,
      String nextCursor,
      Integer nextOffset,
      List<T> items,
      V2PageEnvelope<T> envelope) {
    this.style = style;
    this.cursor = cursor;
    this.offset = offset;
    this.nextCursor = nextCursor;
    this.nextOffset = nextOffset;
    this.items = items;
    this.envelope = envelope;
  }

  /** The page's style, as its {@code pagination.style} says. */
  public V2Pager.Style style() {
    return style;
  }

  /** Cursor style: the cursor this page was fetched with; {@code null} for the first page. */
  public String cursor() {
    return cursor;
  }

  /** Offset style: the offset this page was fetched at; empty in cursor style. */
  public OptionalInt offset() {
    return offset == null ? OptionalInt.empty() : OptionalInt.of(offset);
  }

  /**
   * Cursor style: the next page's cursor, to resume from with {@link V2Pager#startingAt(String)};
   * empty on the last page and in offset style.
   */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(nextCursor);
  }

  /**
   * Offset style: the next page's offset, to resume from with {@link
   * V2Pager#startingAtOffset(int)}; empty on the last page and in cursor style.
   */
  public OptionalInt nextOffset() {
    return nextOffset == null ? OptionalInt.empty() : OptionalInt.of(nextOffset);
  }

  /** Whether this is the list's last page. */
  public boolean isLast() {
    return nextCursor == null && nextOffset == null;
  }

  /** The items of this page. */
  public List<T> items() {
    return items;
  }

  /** The page as the server sent it ({@code total_count}, the generated {@code *Page} model). */
  public V2PageEnvelope<T> envelope() {
    return envelope;
  }

  @Override
  public String toString() {
    return style == V2Pager.Style.CURSOR
        ? "V2Page(cursor=" + cursor + ", items=" + items.size() + ", next=" + nextCursor + ")"
        : "V2Page(offset=" + offset + ", items=" + items.size() + ", next=" + nextOffset + ")";
  }
}
