package io.github.planesdk.paging;

import java.util.List;

/**
 * One page of a cursor-paginated list, as Plane's envelope carries it. Every generated
 * {@code *Page} model implements this, so one pager serves every list.
 *
 * @param <T> the item type
 */
public interface CursorPage<T> {
  /** The items of this page. */
  List<T> getResults();

  /** The cursor of the following page; the server sets it even on the last page. */
  String getNextCursor();

  /** Whether a following page exists: the only reliable end-of-list signal. */
  Boolean getNextPageResults();

  /** The cursor of the previous page. */
  String getPrevCursor();

  /** Items across all pages, as the server counts them. */
  Integer getTotalResults();
}
