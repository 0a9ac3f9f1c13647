package io.github.planesdk.request;

import io.github.planesdk.paging.PagedIterable;
import io.github.planesdk.paging.V2Page;
import io.github.planesdk.paging.V2PageEnvelope;
import io.github.planesdk.paging.V2Pager;

/**
 * A request for one page of an API v2 list that can also walk the whole list, in either of
 * v2's pagination styles:
 *
 * <pre>{@code
 * for (WorkItem item : plane.v2().workItems().listWorkItems(slug, "ENG").autoPager()) {
 *   ...
 * }
 * }</pre>
 *
 * <p>The walk is a {@link V2Pager}, set up from this request: with {@code cursor} set, a cursor
 * walk from there; with {@code paginate("cursor")}, a cursor walk from the start; with {@code
 * offset} or {@code paginate("offset")}, an offset walk from that offset (0 when none), which ends
 * with a {@code PlanePaginationException} at API v2's offset limit of {@value
 * V2Pager#MAX_OFFSET}; with none of them, a cursor walk from the start, since only cursors reach
 * past that limit. Pages hold {@code perPage} items ({@value V2Pager#MAX_PER_PAGE} when none is
 * set). Every other parameter (filters, {@code order_by}, {@code fields}, {@code expand}) goes
 * with every page.
 *
 * @param <P> the page type the operation answers
 * @param <T> the item type
 * @param <R> the generated request type
 */
public abstract class V2ListRequest<P extends V2PageEnvelope<T>, T, R extends V2ListRequest<P, T, R>>
    extends OperationRequest<P> {
  private static final String CURSOR = "cursor";
  private static final String OFFSET = "offset";

  protected V2ListRequest() {}

  /** A copy that asks for the page at {@code cursor}; {@code null} leaves it out. */
  public abstract R cursor(String cursor);

  /** A copy that asks for the page at {@code offset}; {@code null} leaves it out. */
  public abstract R offset(Integer offset);

  /** A copy that asks for {@code perPage} items a page. */
  public abstract R perPage(Integer perPage);

  /** A copy that asks for {@code offset} or {@code cursor} pagination. */
  public abstract R paginate(String paginate);

  protected abstract String cursorValue();

  protected abstract Integer offsetValue();

  protected abstract Integer perPageValue();

  protected abstract String paginateValue();

  /**
   * Every item of the list from this request's position on, fetching each page when the
   * previous one is used up; iterate it or call {@code stream()}. Each iteration starts over.
   */
  public PagedIterable<T> autoPager() {
    return pager().items();
  }

  /** The pages, each with its position and the next page's (to save and resume). */
  public PagedIterable<V2Page<T>> pages() {
    return pager().pages();
  }

  /**
   * {@link #autoPager()} with every page's call made with {@code options} (its own timeout,
   * retries or headers; the timeout bounds each page, not the walk).
   *
   * @throws IllegalArgumentException if {@code options} is null, before anything is sent
   */
  public PagedIterable<T> autoPager(RequestOptions options) {
    return pager(options).items();
  }

  /** The {@link V2Pager} behind {@link #autoPager()}, for {@code maxPages} and resuming. */
  public V2Pager<T> pager() {
    return walk(PageCalls.none());
  }

  /** {@link #pager()} with every page's call made with {@code options}; see {@link #autoPager(RequestOptions)}. */
  public V2Pager<T> pager(RequestOptions options) {
    return walk(PageCalls.with(options));
  }

  private V2Pager<T> walk(PageCalls pageCalls) {
    R self = self();
    String paginate = paginateValue();
    // an offset walk keeps the caller's own paginate=offset; one switched from cursor sends none
    String offsetPaginate = OFFSET.equals(paginate) ? OFFSET : null;
    V2Pager<T> pager =
        V2Pager.<T>of(
            (style, cursor, offset, perPage) ->
                pageCalls.apply(
                    (style == V2Pager.Style.CURSOR
                            ? self.paginate(CURSOR).offset(null).cursor(cursor)
                            : self.paginate(offsetPaginate).cursor(null).offset(offset))
                        .perPage(perPage)
                        .call()));
    Integer perPage = perPageValue();
    pager = perPage == null ? pager : pager.perPage(perPage);
    if (cursorValue() != null || CURSOR.equals(paginate)) {
      return pager.startingAt(cursorValue());
    }
    if (offsetValue() != null || OFFSET.equals(paginate)) {
      return pager.startingAtOffset(offsetValue() == null ? 0 : offsetValue());
    }
    return pager;
  }

  @SuppressWarnings("unchecked")
  private R self() {
    return (R) this;
  }
}
