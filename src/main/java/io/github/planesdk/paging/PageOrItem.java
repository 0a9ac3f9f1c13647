package io.github.planesdk.paging;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of a list operation that some query parameters turn into a lookup: a page, or the
 * one item the lookup matched. Either way it reads as a page, so pagers need not care: a single
 * item reads as a one-item last page with no cursors.
 *
 * <p>Generated subclasses (such as {@code WorkItemPageOrMatch}) fix the two types.
 *
 * @param <P> the page type
 * @param <T> the item type
 */
public abstract class PageOrItem<P extends CursorPage<T>, T> implements CursorPage<T> {
  private final P page;
  private final T item;

  /** Exactly one of {@code page} and {@code item} is non-null. */
  protected PageOrItem(P page, T item) {
    if ((page == null) == (item == null)) {
      throw new IllegalArgumentException("exactly one of page and item must be given");
    }
    this.page = page;
    this.item = item;
  }

  /** The page, when the server answered one. */
  public Optional<P> page() {
    return Optional.ofNullable(page);
  }

  /** The item, when the server answered the single match of a lookup. */
  public Optional<T> match() {
    return Optional.ofNullable(item);
  }

  @Override
  public List<T> getResults() {
    return page != null ? page.getResults() : Collections.singletonList(item);
  }

  @Override
  public String getNextCursor() {
    return page != null ? page.getNextCursor() : null;
  }

  @Override
  public Boolean getNextPageResults() {
    return page != null ? page.getNextPageResults() : Boolean.FALSE;
  }

  @Override
  public String getPrevCursor() {
    return page != null ? page.getPrevCursor() : null;
  }

  @Override
  public Integer getTotalResults() {
    return page != null ? page.getTotalResults() : Integer.valueOf(1);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    PageOrItem<?, ?> other = (PageOrItem<?, ?>) o;
    return Objects.equals(page, other.page) && Objects.equals(item, other.item);
  }

  @Override
  public int hashCode() {
    return Objects.hash(page, item);
  }

  @Override
  public String toString() {
    return page != null ? page.toString() : item.toString();
  }
}
