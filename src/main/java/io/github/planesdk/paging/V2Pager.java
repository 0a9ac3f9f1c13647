package io.github.planesdk.paging;

import io.github.planesdk.internal.Arguments;
import io.github.planesdk.PlaneCall;
import io.github.planesdk.errors.PlaneBadRequestException;
import io.github.planesdk.errors.PlanePaginationException;
import io.github.planesdk.internal.PlaneCallAdapterFactory;
import io.github.planesdk.v2.model.Pagination;
import java.util.Collections;
import java.util.List;

/**
 * Walks an API v2 list, one page in memory at a time, in either of v2's two pagination styles.
 * A generated v2 list request's {@code pager()} hands one out.
 *
 * <ul>
 *   <li><b>Cursor</b> (the default): the first page with {@code paginate=cursor}, each next one
 *       with {@code cursor=<next_cursor>} too, until {@code has_more: false}. No depth limit.
 *   <li><b>Offset</b> ({@link #startingAtOffset(int)}): {@code offset=0}, then each page's {@code
 *       next}, until {@code next} is null. The server refuses offsets above {@value #MAX_OFFSET}:
 *       a walk whose next page lies beyond that ends with a {@link PlanePaginationException} once
 *       every item up to the limit has been handed out, rather than stopping quietly short of
 *       the end. Walk with cursor paging to go further.
 * </ul>
 *
 * <p>Each answer says its style ({@code pagination.style}), and the walk goes on in the style
 * the server answered. A walk from the list's start whose first page the server refuses for its
 * style switches once: {@code 400 ordering_not_cursor_eligible} (the ordering cannot back a
 * cursor) to offset, {@code 400 count_pagination_disabled} (the list offers no offset paging) to
 * cursor. A resumed walk never switches: a cursor means nothing as an offset.
 *
 * <p>A walk that does not lead to an end, a cursor the walk has been at before, an offset that
 * does not grow, a page that repeats the previous page's items, an empty page that says more
 * follow, ends with a {@link PlanePaginationException} naming the call. So does a page that
 * cannot say whether more follow: a cursor page without {@code has_more}, or a page without
 * {@code pagination.style} and without any key of either style. An offset page's {@code next}
 * null (or left out: the two read alike) is the end, as API v2 documents it. Instances are immutable;
 * each iteration starts over.
 *
 * @param <T> the item type
 */
public final class V2Pager<T> {
  /** The largest page API v2 serves ({@code per_page}); it clamps larger ones to this. */
  public static final int MAX_PER_PAGE = 200;

  /** The largest {@code offset} API v2 accepts. */
  public static final int MAX_OFFSET = 10000;

  /** API v2's two pagination styles. */
  public enum Style {
    OFFSET,
    CURSOR
  }

  /** Fetches one page: a v2 list request with the position and page size filled in. */
  @FunctionalInterface
  public interface PageSource<T> {
    /**
     * @param style how to ask: {@code CURSOR} sends {@code paginate=cursor} and {@code cursor},
     *     {@code OFFSET} sends {@code offset}
     * @param cursor cursor style: the page's cursor, {@code null} for the first page
     * @param offset offset style: the page's offset; {@code null} in cursor style
     * @param perPage the page size, 1 to {@value V2Pager#MAX_PER_PAGE}
     */
    PlaneCall<? extends V2PageEnvelope<T>> page(
        Style style, String cursor, Integer offset, int perPage);
  }

  private final PageSource<T> source;
  private final Style style;
  private final String startCursor;
  private final int startOffset;
  private final int perPage;
  private final int maxPages;

  private V2Pager(
      PageSource<T> source,
      Style style,
      String startCursor,
      int startOffset,
      int perPage,
      int maxPages) {
    this.source = source;
    this.style = style;
    this.startCursor = startCursor;
    this.startOffset = startOffset;
    this.perPage = perPage;
    this.maxPages = maxPages;
  }

  /**
   * A cursor walk over the list {@code source} fetches, from the start, {@value #MAX_PER_PAGE}
   * items a page (the fewest requests under the rate limit).
   */
  public static <T> V2Pager<T> of(PageSource<T> source) {
    if (source == null) {
      throw new IllegalArgumentException("source must not be null");
    }
    return new V2Pager<>(source, Style.CURSOR, null, 0, MAX_PER_PAGE, Integer.MAX_VALUE);
  }

  /** Items per page, 1 to {@value #MAX_PER_PAGE}. */
  public V2Pager<T> perPage(int perPage) {
    Arguments.between("perPage", perPage, 1, MAX_PER_PAGE);
    return new V2Pager<>(source, style, startCursor, startOffset, perPage, maxPages);
  }

  /**
   * A cursor walk from {@code cursor}, e.g. a saved {@link V2Page#nextCursor()}; {@code null}
   * starts at the list's first page.
   */
  public V2Pager<T> startingAt(String cursor) {
    return new V2Pager<>(source, Style.CURSOR, cursor, 0, perPage, maxPages);
  }

  /** An offset walk from {@code offset}, 0 to {@value #MAX_OFFSET} (0 is the list's start). */
  public V2Pager<T> startingAtOffset(int offset) {
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException(
          "offset must be between 0 and " + MAX_OFFSET + ", was " + offset
              + "; walk deeper lists with cursor paging");
    }
    return new V2Pager<>(source, Style.OFFSET, null, offset, perPage, maxPages);
  }

  /** Stops quietly after this many pages. */
  public V2Pager<T> maxPages(int maxPages) {
    Arguments.atLeast("maxPages", maxPages, 1);
    return new V2Pager<>(source, style, startCursor, startOffset, perPage, maxPages);
  }

  /** The style the walk asks for first. */
  public Style style() {
    return style;
  }

  /** Every item of every page, fetching each page when the previous one is used up. */
  public PagedIterable<T> items() {
    return WalkGuard.items(pages(), V2Page::items);
  }

  /** The pages, each with its position and the next page's. */
  public PagedIterable<V2Page<T>> pages() {
    return PageIterator::new;
  }

  private final class PageIterator extends LazyPages<V2Page<T>> {
    private Style asking = style;
    private String cursor = startCursor;
    private int offset = startOffset;
    private final WalkGuard guard = new WalkGuard(startCursor);
    private boolean switched;
    /** The list call, for messages. */
    private String name;

    PageIterator() {
      super(maxPages);
    }

    @Override
    V2Page<T> fetch() {
      if (asking == Style.OFFSET && offset > MAX_OFFSET) {
        throw new PlanePaginationException(
            name + ": the next page is at offset " + offset + ", past API v2's offset limit of "
                + MAX_OFFSET + "; walk the list with cursor paging to go further (a list"
                + " request's autoPager() without offset or paginate)",
            null,
            offset);
      }
      PlaneCall<? extends V2PageEnvelope<T>> call =
          source.page(
              asking, asking == Style.CURSOR ? cursor : null,
              asking == Style.OFFSET ? offset : null, perPage);
      name = PlaneCallAdapterFactory.callName(call.request());
      V2PageEnvelope<T> body;
      try {
        body = call.execute();
      } catch (PlaneBadRequestException refused) {
        Style other = styleToSwitchTo(refused);
        if (other == null) {
          throw refused;
        }
        switched = true;
        asking = other;
        cursor = null;
        offset = 0;
        return fetch();
      }
      fetched++;
      if (body == null) {
        throw new PlanePaginationException(name + ": the server answered no page " + at(), cursor);
      }
      List<T> items =
          body.getData() == null ? List.of() : Collections.unmodifiableList(body.getData());
      if (guard.repeatsPrevious(items)) {
        throw new PlanePaginationException(
            name + ": the page " + at() + " repeats the previous page's items: the server ignores"
                + " the " + (asking == Style.CURSOR ? "cursor" : "offset"),
            cursor, asking == Style.OFFSET ? offset : null);
      }
      Style answered = styleOf(body);
      if (answered == null) {
        throw new PlanePaginationException(
            name + ": the page " + at() + " has no pagination.style, has_more, next_cursor,"
                + " next, previous nor total_count: cannot tell whether more pages follow",
            cursor, asking == Style.OFFSET ? offset : null);
      }
      V2Page<T> page = answered == Style.CURSOR ? cursorPage(body, items) : offsetPage(body, items);
      last = page.isLast();
      return page;
    }

    /** The style to try instead, when the list's first page was refused for its style. */
    private Style styleToSwitchTo(PlaneBadRequestException refused) {
      boolean atStart = asking == Style.CURSOR ? cursor == null : offset == 0;
      if (switched || fetched > 0 || !atStart) {
        return null;
      }
      String code = refused.code().orElse("");
      if (asking == Style.CURSOR && code.equals("ordering_not_cursor_eligible")) {
        return Style.OFFSET;
      }
      if (asking == Style.OFFSET && code.equals("count_pagination_disabled")) {
        return Style.CURSOR;
      }
      return null;
    }

    private V2Page<T> cursorPage(V2PageEnvelope<T> body, List<T> items) {
      if (body.getHasMore() == null) {
        throw new PlanePaginationException(
            name + ": the cursor page " + at() + " has no has_more: cannot tell whether more pages"
                + " follow",
            cursor);
      }
      String nextCursor = body.getNextCursor();
      if (body.getHasMore()) {
        if (nextCursor == null || nextCursor.isEmpty()) {
          throw new PlanePaginationException(
              name + ": the page " + at() + " says more pages follow but has no next_cursor", cursor);
        }
        if (guard.leadsBack(cursor, nextCursor)) {
          throw new PlanePaginationException(
              name + ": the page " + at() + " leads back to cursor " + nextCursor
                  + ": the cursor does not advance",
              cursor);
        }
        checkNotEmpty(items, null);
      }
      String at = asking == Style.CURSOR ? cursor : null;
      asking = Style.CURSOR;
      cursor = nextCursor;
      return new V2Page<>(
          Style.CURSOR, at, null, body.getHasMore() ? nextCursor : null, null, items, body);
    }

    private V2Page<T> offsetPage(V2PageEnvelope<T> body, List<T> items) {
      // an offset page answered to a cursor request can only be the list's start
      int at = asking == Style.OFFSET ? offset : 0;
      Integer nextOffset = body.getNext();
      if (nextOffset != null && nextOffset <= at) {
        throw new PlanePaginationException(
            name + ": the page at offset " + at + " leads back to offset " + nextOffset
                + ": the offset does not advance",
            null, at);
      }
      if (nextOffset != null) {
        checkNotEmpty(items, at);
      }
      asking = Style.OFFSET;
      offset = nextOffset == null ? at : nextOffset;
      cursor = null;
      return new V2Page<>(Style.OFFSET, null, at, null, nextOffset, items, body);
    }

    private void checkNotEmpty(List<T> items, Integer at) {
      if (items.isEmpty()) {
        throw new PlanePaginationException(
            name + ": the page " + at() + " is empty but says more pages follow", cursor, at);
      }
    }

    private String at() {
      if (asking == Style.OFFSET) {
        return "at offset " + offset;
      }
      return cursor == null ? "at the start" : "at cursor " + cursor;
    }
  }

  /**
   * What {@code pagination.style} says; a page without one is told by its keys; {@code null} for
   * a page that has none of them, whose {@code next} could be a last page's null or missing.
   */
  private static Style styleOf(V2PageEnvelope<?> body) {
    Pagination pagination = body.getPagination();
    if (pagination != null && pagination.getStyle() == Pagination.StyleEnum.CURSOR) {
      return Style.CURSOR;
    }
    if (pagination != null && pagination.getStyle() == Pagination.StyleEnum.OFFSET) {
      return Style.OFFSET;
    }
    if (body.getHasMore() != null || body.getNextCursor() != null) {
      return Style.CURSOR;
    }
    boolean offsetKeys =
        body.getNext() != null || body.getPrevious() != null || body.getTotalCount() != null;
    return offsetKeys ? Style.OFFSET : null;
  }
}
