package io.github.planesdk.binding;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The JSON adapter of every generated model, found by Moshi through the model's
 * {@code @JsonClass(generateAdapter = true)} and the package-private {@code <Model>JsonAdapter}
 * generated beside it. It reads and writes the fields like Moshi's own reflective adapter
 * (streaming, names in alphabetical order, a null field left out), and adds two things:
 *
 * <ul>
 *   <li>fields of the JSON the model does not declare are kept, in the model's
 *       {@value #UNKNOWN_FIELDS} field ({@code additionalProperties()}), so a newer server's data
 *       is not lost;
 *   <li>a nullable field the caller set to {@code null} (listed in the model's {@value
 *       #EXPLICIT_NULLS} field) is written as JSON {@code null}: a PATCH can clear a field, while
 *       a field never set stays out of the body.
 * </ul>
 *
 * @param <T> the model type
 */
public class ModelJsonAdapter<T> extends JsonAdapter<T> {
  /** The model field (a {@code Map<String, Object>}) that keeps unknown JSON fields. */
  public static final String UNKNOWN_FIELDS = "additionalProperties";
  /** The model field (a {@code Set<String>} of JSON names) of fields explicitly set to null. */
  public static final String EXPLICIT_NULLS = "explicitNulls";

  private final Class<T> type;
  private final Constructor<T> constructor;
  private final Binding[] bindings;
  private final JsonReader.Options names;
  private final Field unknownFields;
  private final Field explicitNulls;

  protected ModelJsonAdapter(Moshi moshi, Class<T> type) {
    this.type = type;
    try {
      this.constructor = type.getDeclaredConstructor();
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(type + " has no no-argument constructor", e);
    }
    Map<String, Binding> byName = new TreeMap<>();
    Field unknown = null;
    Field nulls = null;
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)) {
          continue;
        }
        if (Modifier.isTransient(modifiers)) {
          if (field.getName().equals(UNKNOWN_FIELDS)) {
            unknown = accessible(field);
          } else if (field.getName().equals(EXPLICIT_NULLS)) {
            nulls = accessible(field);
          }
          continue;
        }
        Json json = field.getAnnotation(Json.class);
        if (json != null && json.ignore()) {
          continue;
        }
        String name = json != null && !json.name().equals(Json.UNSET_NAME) ? json.name() : field.getName();
        byName.putIfAbsent(
            name, new Binding(name, accessible(field), moshi.adapter(field.getGenericType())));
      }
    }
    this.bindings = byName.values().toArray(new Binding[0]);
    this.names = JsonReader.Options.of(byName.keySet().toArray(new String[0]));
    this.unknownFields = unknown;
    this.explicitNulls = nulls;
  }

  private static Field accessible(Field field) {
    field.setAccessible(true);
    return field;
  }

  @Override
  public T fromJson(JsonReader reader) throws IOException {
    T value = newInstance();
    Map<String, Object> unknown = null;
    try {
      reader.beginObject();
      while (reader.hasNext()) {
        int index = reader.selectName(names);
        if (index >= 0) {
          Binding binding = bindings[index];
          binding.field.set(value, binding.adapter.fromJson(reader));
        } else if (unknownFields != null) {
          String name = reader.nextName();
          if (unknown == null) {
            unknown = new LinkedHashMap<>();
          }
          unknown.put(name, reader.readJsonValue());
        } else {
          reader.skipName();
          reader.skipValue();
        }
      }
      reader.endObject();
      if (unknown != null) {
        unknownFields.set(value, unknown);
      }
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, T value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    try {
      Set<?> nulls = explicitNulls == null ? null : (Set<?>) explicitNulls.get(value);
      writer.beginObject();
      for (Binding binding : bindings) {
        Object fieldValue = binding.field.get(value);
        if (fieldValue != null) {
          writer.name(binding.name);
          binding.adapter.toJson(writer, fieldValue);
        } else if (nulls != null && nulls.contains(binding.name)) {
          boolean serializeNulls = writer.getSerializeNulls();
          writer.setSerializeNulls(true);
          writer.name(binding.name).nullValue();
          writer.setSerializeNulls(serializeNulls);
        } else if (writer.getSerializeNulls()) {
          writer.name(binding.name).nullValue();
        }
      }
      writer.endObject();
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private T newInstance() throws IOException {
    try {
      return constructor.newInstance();
    } catch (InstantiationException | IllegalAccessException e) {
      throw new AssertionError(e);
    } catch (InvocationTargetException e) {
      throw new IOException("cannot create " + type.getSimpleName(), e.getCause());
    }
  }

  @Override
  public String toString() {
    return "ModelJsonAdapter(" + type.getName() + ")";
  }

  private static final class Binding {
    final String name;
    final Field field;
    final JsonAdapter<Object> adapter;

    Binding(String name, Field field, JsonAdapter<Object> adapter) {
      this.name = name;
      this.field = field;
      this.adapter = adapter;
    }
  }
}
