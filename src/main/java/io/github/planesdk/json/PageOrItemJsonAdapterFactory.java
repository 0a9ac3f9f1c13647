package io.github.planesdk.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.planesdk.paging.PageOrItem;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * Decodes a generated {@link PageOrItem} subclass: an object with a {@code results} key is the
 * page, any other object the single item. Encodes whichever of the two it holds.
 */
final class PageOrItemJsonAdapterFactory implements JsonAdapter.Factory {
  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    Class<?> raw = Types.getRawType(type);
    if (!PageOrItem.class.isAssignableFrom(raw) || raw == PageOrItem.class || !annotations.isEmpty()) {
      return null;
    }
    Type[] pageAndItem = ((ParameterizedType) raw.getGenericSuperclass()).getActualTypeArguments();
    try {
      Constructor<?> constructor =
          raw.getConstructor(Types.getRawType(pageAndItem[0]), Types.getRawType(pageAndItem[1]));
      return new PageOrItemAdapter(
              constructor, moshi.adapter(pageAndItem[0]), moshi.adapter(pageAndItem[1]))
          .nullSafe();
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("not a generated page-or-item type: " + raw, e);
    }
  }

  private static final class PageOrItemAdapter extends JsonAdapter<PageOrItem<?, ?>> {
    private static final JsonReader.Options RESULTS = JsonReader.Options.of("results");

    private final Constructor<?> constructor;
    private final JsonAdapter<Object> pageAdapter;
    private final JsonAdapter<Object> itemAdapter;

    @SuppressWarnings("unchecked")
    PageOrItemAdapter(
        Constructor<?> constructor, JsonAdapter<?> pageAdapter, JsonAdapter<?> itemAdapter) {
      this.constructor = constructor;
      this.pageAdapter = (JsonAdapter<Object>) pageAdapter;
      this.itemAdapter = (JsonAdapter<Object>) itemAdapter;
    }

    @Override
    public PageOrItem<?, ?> fromJson(JsonReader reader) throws IOException {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        throw new JsonDataException(
            "expected a page or an item object but was " + reader.peek() + " at path "
                + reader.getPath());
      }
      boolean isPage;
      try (JsonReader lookahead = reader.peekJson()) {
        isPage = hasResultsKey(lookahead);
      }
      return isPage
          ? create(pageAdapter.fromJson(reader), null)
          : create(null, itemAdapter.fromJson(reader));
    }

    private static boolean hasResultsKey(JsonReader object) throws IOException {
      object.beginObject();
      while (object.hasNext()) {
        if (object.selectName(RESULTS) == 0) {
          return true;
        }
        object.skipName();
        object.skipValue();
      }
      return false;
    }

    @Override
    public void toJson(JsonWriter writer, PageOrItem<?, ?> value) throws IOException {
      if (value.page().isPresent()) {
        pageAdapter.toJson(writer, value.page().get());
      } else {
        itemAdapter.toJson(writer, value.match().get());
      }
    }

    private PageOrItem<?, ?> create(Object page, Object item) {
      try {
        return (PageOrItem<?, ?>) constructor.newInstance(page, item);
      } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot create " + constructor.getDeclaringClass(), e);
      }
    }

    @Override
    public String toString() {
      return "PageOrItemAdapter(" + constructor.getDeclaringClass().getName() + ")";
    }
  }
}
