package io.github.planesdk.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Set;
import java.util.UUID;

/**
 * Decodes a generated {@link Expandable} subclass from either a UUID string or the expanded
 * object, and encodes it as its id.
 */
final class ExpandableJsonAdapterFactory implements JsonAdapter.Factory {
  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    Class<?> raw = Types.getRawType(type);
    if (!Expandable.class.isAssignableFrom(raw) || raw == Expandable.class || !annotations.isEmpty()) {
      return null;
    }
    Type objectType = ((ParameterizedType) raw.getGenericSuperclass()).getActualTypeArguments()[0];
    Class<?> objectClass = Types.getRawType(objectType);
    try {
      Constructor<?> constructor = raw.getConstructor(UUID.class, objectClass);
      Method getId = objectClass.getMethod("getId");
      return new ExpandableAdapter(
              constructor, getId, moshi.adapter(objectType), moshi.adapter(UUID.class))
          .nullSafe();
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("not a generated expandable type: " + raw, e);
    }
  }

  private static final class ExpandableAdapter extends JsonAdapter<Expandable<?>> {
    private final Constructor<?> constructor;
    private final Method getId;
    private final JsonAdapter<?> objectAdapter;
    private final JsonAdapter<UUID> uuidAdapter;

    ExpandableAdapter(
        Constructor<?> constructor,
        Method getId,
        JsonAdapter<?> objectAdapter,
        JsonAdapter<UUID> uuidAdapter) {
      this.constructor = constructor;
      this.getId = getId;
      this.objectAdapter = objectAdapter;
      this.uuidAdapter = uuidAdapter;
    }

    @Override
    public Expandable<?> fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
        Object object = objectAdapter.fromJson(reader);
        return create((UUID) call(getId, object), object);
      }
      return create(uuidAdapter.fromJson(reader), null);
    }

    @Override
    public void toJson(JsonWriter writer, Expandable<?> value) throws IOException {
      uuidAdapter.toJson(writer, value.id());
    }

    private Expandable<?> create(UUID id, Object object) {
      try {
        return (Expandable<?>) constructor.newInstance(id, object);
      } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot create " + constructor.getDeclaringClass(), e);
      }
    }

    private static Object call(Method method, Object target) {
      try {
        return method.invoke(target);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read id via " + method, e);
      }
    }
  }
}
