package io.github.planesdk.paging;

import io.github.planesdk.v2.model.Pagination;
import java.util.List;

/**
 * One page of an API v2 list as the server sent it, in either style, told apart by {@code
 * pagination.style}: offset ({@code next}, {@code previous}, {@code total_count}) or cursor
 * ({@code next_cursor}, {@code has_more}). Every generated v2 {@code *Page} model implements this,
 * so one {@link V2Pager} serves every v2 list.
 *
 * @param <T> the item type
 */
public interface V2PageEnvelope<T> {
  /** The items of this page. */
  List<T> getData();

  /** Offset style: the offset of the next page; null on the last page. */
  Integer getNext();

  /** Offset style: the offset of the previous page; null on the first. */
  Integer getPrevious();

  /** Offset style: the items over all pages; absent with {@code count=false}. */
  Integer getTotalCount();

  /** Cursor style: the cursor of the next page; null on the last page. */
  String getNextCursor();

  /** Cursor style: whether another page follows. */
  Boolean getHasMore();

  /** The style of this page. */
  Pagination getPagination();
}
