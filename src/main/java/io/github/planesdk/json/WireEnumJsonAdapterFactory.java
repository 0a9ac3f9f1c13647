package io.github.planesdk.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * Reads and writes the generated enum types by their wire value (a string, or an integer such as
 * a member role). They are open sets: a value this SDK does not know reads as an unknown one
 * ({@code isUnknown()}) that keeps the server's value ({@code rawValue()}) and is written back
 * unchanged, so a new server value never breaks decoding nor gets lost on the way back. Only a
 * value of the wrong JSON type (a string where a number belongs) reads as the bare
 * {@code UNKNOWN}, which cannot be sent.
 */
final class WireEnumJsonAdapterFactory implements JsonAdapter.Factory {
  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    Class<?> raw = Types.getRawType(type);
    if (!annotations.isEmpty() || raw.isPrimitive() || raw.getName().startsWith("java")) {
      return null;
    }
    try {
      raw.getMethod("isUnknown");
      Method getValue = raw.getMethod("getValue");
      Method fromValue = raw.getMethod("fromValue", getValue.getReturnType());
      return new WireEnumAdapter(raw, getValue, fromValue).nullSafe();
    } catch (NoSuchMethodException notGenerated) {
      return null;
    }
  }

  private static final class WireEnumAdapter extends JsonAdapter<Object> {
    private final Class<?> type;
    private final Method getValue;
    private final Method fromValue;
    private final boolean integral;

    WireEnumAdapter(Class<?> type, Method getValue, Method fromValue) {
      this.type = type;
      this.getValue = getValue;
      this.fromValue = fromValue;
      this.integral = getValue.getReturnType() == Integer.class;
    }

    @Override
    public Object fromJson(JsonReader reader) throws IOException {
      Object wire;
      if (reader.peek() == JsonReader.Token.NUMBER && integral) {
        wire = reader.nextInt();
      } else if (integral) {
        wire = null; // a string where a number belongs: not a known constant
        reader.skipValue();
      } else {
        wire = reader.nextString();
      }
      return invoke(fromValue, null, wire);
    }

    @Override
    public void toJson(JsonWriter writer, Object value) throws IOException {
      Object wire = invoke(getValue, value, null);
      if (wire == null) {
        throw new JsonDataException(
            type.getSimpleName() + ".UNKNOWN, without a value, cannot be sent at " + writer.getPath());
      }
      if (integral) {
        writer.value((Integer) wire);
      } else {
        writer.value(wire.toString());
      }
    }

    private static Object invoke(Method method, Object target, Object arg) {
      try {
        return target == null ? method.invoke(null, arg) : method.invoke(target);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("generated enum method failed: " + method, e);
      }
    }

    @Override
    public String toString() {
      return "WireEnumAdapter(" + type.getName() + ")";
    }
  }
}
