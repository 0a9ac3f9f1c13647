package io.github.planesdk.paging;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** A walk's pages, each fetched when the iteration reaches it, at most {@code maxPages}. */
abstract class LazyPages<P> implements Iterator<P> {
  private final int maxPages;
  private P next;
  /** Pages fetched so far. */
  int fetched;
  /** Set once the list's last page has been fetched. */
  boolean last;

  LazyPages(int maxPages) {
    this.maxPages = maxPages;
  }

  /** The next page; called only while more may follow. */
  abstract P fetch();

  @Override
  public final boolean hasNext() {
    if (next == null && !last && fetched < maxPages) {
      next = fetch();
    }
    return next != null;
  }

  @Override
  public final P next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    P page = next;
    next = null;
    return page;
  }
}
