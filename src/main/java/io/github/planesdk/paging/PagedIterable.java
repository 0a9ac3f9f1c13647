package io.github.planesdk.paging;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazily fetched sequence: each iteration (or stream) starts over and requests pages only
 * as it advances.
 *
 * @param <T> the element type
 */
@FunctionalInterface
public interface PagedIterable<T> extends Iterable<T> {
  @Override
  default Spliterator<T> spliterator() {
    return Spliterators.spliteratorUnknownSize(
        iterator(), Spliterator.ORDERED | Spliterator.NONNULL);
  }

  /** A sequential stream; closing it early fetches no further page. */
  default Stream<T> stream() {
    return StreamSupport.stream(spliterator(), false);
  }
}
