package io.github.planesdk.paging;

import io.github.planesdk.internal.Arguments;
import io.github.planesdk.PlaneCall;
import io.github.planesdk.errors.PlanePaginationException;
import io.github.planesdk.internal.PlaneCallAdapterFactory;
import java.util.Collections;
import java.util.List;

/**
 * Walks a cursor-paginated list, one page in memory at a time.
 *
 * <pre>{@code
 * Pager<Project> projects = Pager.of((cursor, perPage) ->
 *     plane.projects().listProjects("my-team").cursor(cursor).perPage(perPage).call());
 * projects.items().stream().map(Project::getName).forEach(System.out::println);
 * }</pre>
 *
 * <p>It stops when the server says {@code next_page_results: false} (the {@code next_cursor} is
 * always set). A page without {@code next_page_results}, or a server that never reaches the end,
 * with a cursor that does not advance or a page that repeats the previous one, ends the walk
 * with a {@link PlanePaginationException}.
 * Instances are immutable; each iteration starts over from {@link #startingAt(String)}.
 *
 * @param <T> the item type
 */
public final class Pager<T> {
  /** The page size the Plane docs promise every server (and Cloud) accepts. */
  public static final int MAX_PER_PAGE = 100;

  /** Fetches one page: an API list method with the cursor and page size filled in. */
  @FunctionalInterface
  public interface PageSource<T> {
    /**
     * @param cursor the page's cursor, {@code null} for the first page
     * @param perPage the page size, 1 to {@value Pager#MAX_PER_PAGE}
     */
    PlaneCall<? extends CursorPage<T>> page(String cursor, int perPage);
  }

  private final PageSource<T> source;
  private final String startCursor;
  private final int perPage;
  private final int maxPages;

  private Pager(PageSource<T> source, String startCursor, int perPage, int maxPages) {
    this.source = source;
    this.startCursor = startCursor;
    this.perPage = perPage;
    this.maxPages = maxPages;
  }

  /** A pager over the list {@code source} fetches; 100 items per page, from the start. */
  public static <T> Pager<T> of(PageSource<T> source) {
    if (source == null) {
      throw new IllegalArgumentException("source must not be null");
    }
    return new Pager<>(source, null, MAX_PER_PAGE, Integer.MAX_VALUE);
  }

  /** Items per page, 1 to {@value #MAX_PER_PAGE}. */
  public Pager<T> perPage(int perPage) {
    Arguments.between("perPage", perPage, 1, MAX_PER_PAGE);
    return new Pager<>(source, startCursor, perPage, maxPages);
  }

  /** Resumes at a saved cursor, e.g. {@link Page#nextCursor()}; {@code null} starts over. */
  public Pager<T> startingAt(String cursor) {
    return new Pager<>(source, cursor, perPage, maxPages);
  }

  /** Stops quietly after this many pages. */
  public Pager<T> maxPages(int maxPages) {
    Arguments.atLeast("maxPages", maxPages, 1);
    return new Pager<>(source, startCursor, perPage, maxPages);
  }

  /** Every item of every page, fetching each page when the previous one is used up. */
  public PagedIterable<T> items() {
    return WalkGuard.items(pages(), Page::items);
  }

  /** The pages, each with its cursor and the cursor of the next one. */
  public PagedIterable<Page<T>> pages() {
    checkCursorFitsPageSize();
    return PageIterator::new;
  }

  /**
   * Plane's cursor is {@code per_page:page:is_prev} and the server multiplies the page by the
   * {@code per_page} parameter, so resuming with another page size would skip or repeat items.
   */
  private void checkCursorFitsPageSize() {
    if (startCursor == null) {
      return;
    }
    String[] parts = startCursor.split(":", -1);
    try {
      if (parts.length == 3 && Integer.parseInt(parts[0]) != perPage) {
        throw new IllegalArgumentException(
            "cursor \"" + startCursor + "\" belongs to pages of " + parts[0]
                + " items, but this pager asks for " + perPage + "; use perPage(" + parts[0] + ")");
      }
    } catch (NumberFormatException notPlaneCursor) {
      // the server will judge it
    }
  }

  private final class PageIterator extends LazyPages<Page<T>> {
    private String cursor = startCursor;
    private final WalkGuard guard = new WalkGuard(startCursor);
    /** The list call, for messages. */
    private String name;

    PageIterator() {
      super(maxPages);
    }

    @Override
    Page<T> fetch() {
      PlaneCall<? extends CursorPage<T>> call = source.page(cursor, perPage);
      name = PlaneCallAdapterFactory.callName(call.request());
      CursorPage<T> body = call.execute();
      fetched++;
      if (body == null) {
        throw new PlanePaginationException(name + ": the server answered no page " + at(), cursor);
      }
      List<T> items = body.getResults() == null ? List.of() : body.getResults();
      if (guard.repeatsPrevious(items)) {
        throw new PlanePaginationException(
            name + ": the page " + at() + " repeats the previous page's items: the server ignores the"
                + " cursor (Plane bug #9340)",
            cursor);
      }
      if (body.getNextPageResults() == null) {
        // Plane always says; guessing from the page size could end a list early without a word
        throw new PlanePaginationException(
            name + ": the page " + at() + " has no next_page_results: cannot tell whether more pages follow",
            cursor);
      }
      boolean more = body.getNextPageResults();
      String nextCursor = body.getNextCursor();
      if (more) {
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
        if (items.isEmpty()) {
          throw new PlanePaginationException(
              name + ": the page " + at() + " is empty but says more pages follow", cursor);
        }
      }
      Page<T> page =
          new Page<>(cursor, more ? nextCursor : null, Collections.unmodifiableList(items), body);
      last = !more;
      cursor = nextCursor;
      return page;
    }

    private String at() {
      return cursor == null ? "at the start" : "at cursor " + cursor;
    }
  }
}
