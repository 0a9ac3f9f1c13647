package io.github.planesdk.request;

import io.github.planesdk.paging.CursorPage;
import io.github.planesdk.paging.Page;
import io.github.planesdk.paging.PagedIterable;
import io.github.planesdk.paging.Pager;

/**
 * A request for one page of a cursor-paginated list that can also walk the whole list:
 *
 * <pre>{@code
 * for (WorkItem item : plane.workItems().listWorkItems(slug, projectId).perPage(50).autoPager()) {
 *   ...
 * }
 * }</pre>
 *
 * <p>The walk is a {@link Pager}: it starts at this request's {@code cursor} (the first page when
 * none is set), asks for {@code perPage} items a page (100 when none is set; at most {@value
 * Pager#MAX_PER_PAGE}), stops at {@code next_page_results: false} and ends with a {@code
 * PlanePaginationException} when the server's cursor does not advance.
 *
 * @param <P> the page type the operation answers
 * @param <T> the item type
 * @param <R> the generated request type
 */
public abstract class ListRequest<P extends CursorPage<T>, T, R extends ListRequest<P, T, R>>
    extends OperationRequest<P> {
  protected ListRequest() {}

  /** A copy that asks for the page at {@code cursor}; {@code null} asks for the first page. */
  public abstract R cursor(String cursor);

  /** A copy that asks for {@code perPage} items a page. */
  public abstract R perPage(Integer perPage);

  /** The cursor set on this request, or null. */
  protected abstract String cursorValue();

  /** The page size set on this request, or null. */
  protected abstract Integer perPageValue();

  /**
   * Every item of the list from this request's cursor on, fetching each page when the previous
   * one is used up; iterate it or call {@code stream()}. Each iteration starts over.
   */
  public PagedIterable<T> autoPager() {
    return pager().items();
  }

  /** The pages, each with its cursor and the cursor of the next one (to save and resume). */
  public PagedIterable<Page<T>> pages() {
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

  /** The {@link Pager} behind {@link #autoPager()}, for {@code maxPages} and resuming. */
  public Pager<T> pager() {
    return walk(PageCalls.none());
  }

  /** {@link #pager()} with every page's call made with {@code options}; see {@link #autoPager(RequestOptions)}. */
  public Pager<T> pager(RequestOptions options) {
    return walk(PageCalls.with(options));
  }

  private Pager<T> walk(PageCalls pageCalls) {
    R self = self();
    Pager<T> pager =
        Pager.<T>of((cursor, perPage) -> pageCalls.apply(self.cursor(cursor).perPage(perPage).call()));
    Integer perPage = perPageValue();
    return (perPage == null ? pager : pager.perPage(perPage)).startingAt(cursorValue());
  }

  @SuppressWarnings("unchecked")
  private R self() {
    return (R) this;
  }
}
