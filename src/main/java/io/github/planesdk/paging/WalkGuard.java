package io.github.planesdk.paging;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * What every walk over a list checks, v1 or v2: a page that repeats the previous page's items,
 * and a cursor that leads back to an earlier one. One per walk.
 */
final class WalkGuard {
  private static final ClassValue<Method> GET_ID =
      new ClassValue<Method>() {
        @Override
        protected Method computeValue(Class<?> type) {
          try {
            return type.getMethod("getId");
          } catch (NoSuchMethodException e) {
            return null;
          }
        }
      };

  private List<Object> previousIds;
  // A cursor that leads back to an earlier one is found without remembering every cursor
  // (Brent's cycle detection): memory stays the same however long the list. The walk meets
  // the saved cursor again within twice the length of the loop and the path into it.
  private String savedCursor;
  private int savedPower = 1;
  private int sinceSaved;

  WalkGuard(String startCursor) {
    this.savedCursor = startCursor;
  }

  /** Whether {@code items} are the previous page's items again; remembers them. */
  boolean repeatsPrevious(List<?> items) {
    List<Object> ids = ids(items);
    boolean repeats = !items.isEmpty() && ids.equals(previousIds);
    previousIds = ids;
    return repeats;
  }

  /** Whether {@code next}, the cursor after {@code cursor}, is one the walk has been at. */
  boolean leadsBack(String cursor, String next) {
    if (next.equals(cursor) || next.equals(savedCursor)) {
      return true;
    }
    if (++sinceSaved == savedPower) {
      savedCursor = next;
      savedPower = savedPower < 1 << 30 ? savedPower * 2 : savedPower;
      sinceSaved = 0;
    }
    return false;
  }

  /** The items of each page, page after page, each page fetched when the previous is used up. */
  static <P, T> PagedIterable<T> items(PagedIterable<P> pages, Function<P, List<T>> items) {
    return () -> new ItemIterator<>(pages.iterator(), items);
  }

  /** The items' ids, or the items themselves where they have none (e.g. not in {@code fields}). */
  private static List<Object> ids(List<?> items) {
    List<Object> ids = new ArrayList<>(items.size());
    for (Object item : items) {
      Object id = null;
      Method getId = item == null ? null : GET_ID.get(item.getClass());
      if (getId != null) {
        try {
          id = getId.invoke(item);
        } catch (IllegalAccessException | InvocationTargetException e) {
          id = null;
        }
      }
      ids.add(id != null ? id : item);
    }
    return ids;
  }

  private static final class ItemIterator<P, T> implements Iterator<T> {
    private final Iterator<P> pages;
    private final Function<P, List<T>> items;
    private Iterator<T> current = Collections.emptyIterator();

    ItemIterator(Iterator<P> pages, Function<P, List<T>> items) {
      this.pages = pages;
      this.items = items;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (!pages.hasNext()) {
          return false;
        }
        current = items.apply(pages.next()).iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
