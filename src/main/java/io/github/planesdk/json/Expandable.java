package io.github.planesdk.json;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A reference that Plane sends as a bare id, or as the whole object when the request named the
 * field in {@code expand}. Either way the id is there; the object only when expanded.
 *
 * @param <T> the type of the expanded object
 */
public abstract class Expandable<T> {
  private final UUID id;
  private final T expanded;

  protected Expandable(UUID id, T expanded) {
    if (id == null && expanded == null) {
      throw new IllegalArgumentException("id and expanded object are both null");
    }
    this.id = id;
    this.expanded = expanded;
  }

  /** The id of the referenced object (may be null only if an expanded object carried none). */
  public UUID id() {
    return id;
  }

  /** The referenced object, present when the request expanded this field. */
  public Optional<T> expanded() {
    return Optional.ofNullable(expanded);
  }

  /** Whether this reference carries the whole object. */
  public boolean isExpanded() {
    return expanded != null;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Expandable<?> other = (Expandable<?>) o;
    return Objects.equals(id, other.id) && Objects.equals(expanded, other.expanded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, expanded);
  }

  @Override
  public String toString() {
    return expanded != null ? expanded.toString() : String.valueOf(id);
  }
}
