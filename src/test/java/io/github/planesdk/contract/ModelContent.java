package io.github.planesdk.contract;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks of what a model kept of the JSON it was read from. {@link #differences} compares the
 * JSON with the model written again: a field the model dropped (or kept only in its
 * {@code additionalProperties}, which are not written back), a changed value, or a field the
 * model invented. {@link #missingRequired} walks a schema over JSON and names each required,
 * non-nullable field that is absent or null.
 */
final class ModelContent {
  private final V2Spec spec;

  ModelContent(V2Spec spec) {
    this.spec = spec;
  }

  /**
   * Where {@code written} differs from {@code read}, by JSON path. A null in {@code read} equals
   * an absent field (the SDK leaves null fields out); date-times and decimals compare by value.
   */
  static List<String> differences(Object read, Object written) {
    List<String> differences = new ArrayList<>();
    compare("$", read, written, differences);
    return differences;
  }

  private static void compare(String at, Object read, Object written, List<String> out) {
    if (read instanceof Map && written instanceof Map) {
      Map<?, ?> r = (Map<?, ?>) read;
      Map<?, ?> w = (Map<?, ?>) written;
      for (Map.Entry<?, ?> field : r.entrySet()) {
        String path = at + "." + field.getKey();
        if (field.getValue() == null) {
          if (w.get(field.getKey()) != null) {
            out.add(path + ": null became " + w.get(field.getKey()));
          }
        } else if (!w.containsKey(field.getKey())) {
          out.add(path + ": lost (the model does not declare it, or dropped it)");
        } else {
          compare(path, field.getValue(), w.get(field.getKey()), out);
        }
      }
      for (Map.Entry<?, ?> field : w.entrySet()) {
        if (!r.containsKey(field.getKey()) && field.getValue() != null) {
          out.add(at + "." + field.getKey() + ": not in the JSON, written as " + field.getValue());
        }
      }
    } else if (read instanceof List && written instanceof List) {
      List<?> r = (List<?>) read;
      List<?> w = (List<?>) written;
      if (r.size() != w.size()) {
        out.add(at + ": " + r.size() + " items became " + w.size());
        return;
      }
      for (int i = 0; i < r.size(); i++) {
        compare(at + "[" + i + "]", r.get(i), w.get(i), out);
      }
    } else if (!sameValue(read, written)) {
      out.add(at + ": " + read + " became " + written);
    }
  }

  private static boolean sameValue(Object read, Object written) {
    if (read == null || written == null) {
      return read == written;
    }
    if (read.equals(written)) {
      return true;
    }
    if (read instanceof Number && written instanceof Number) {
      return ((Number) read).doubleValue() == ((Number) written).doubleValue();
    }
    if (read instanceof String && written instanceof String) {
      try {
        return OffsetDateTime.parse((String) read).isEqual(OffsetDateTime.parse((String) written));
      } catch (DateTimeParseException notDateTimes) {
        try {
          return new BigDecimal((String) read).compareTo(new BigDecimal((String) written)) == 0;
        } catch (NumberFormatException notNumbers) {
          return false;
        }
      }
    }
    return false;
  }

  /** Each required, non-nullable field of {@code schema} that {@code json} lacks or has null. */
  List<String> missingRequired(Map<String, Object> schema, Object json) {
    List<String> missing = new ArrayList<>();
    walk("$", schema, json, missing);
    return missing;
  }

  private void walk(String at, Map<String, Object> raw, Object json, List<String> out) {
    Map<String, Object> schema = spec.resolve(raw);
    if (schema == null || json == null) {
      return;
    }
    if (json instanceof Map) {
      Map<?, ?> object = (Map<?, ?>) json;
      Map<String, Object> properties = V2Spec.map(schema.get("properties"));
      if (schema.get("required") != null) {
        for (Object name : (List<?>) schema.get("required")) {
          Map<String, Object> property =
              properties == null ? null : spec.resolve(V2Spec.map(properties.get(name)));
          boolean nullable = property != null && Boolean.TRUE.equals(property.get("nullable"));
          if (object.get(name) == null && !nullable) {
            out.add(at + "." + name + " is required but " + (object.containsKey(name) ? "null" : "absent"));
          }
        }
      }
      for (Map.Entry<?, ?> field : object.entrySet()) {
        Object property = properties == null ? null : properties.get(field.getKey());
        if (property == null && schema.get("additionalProperties") instanceof Map) {
          property = schema.get("additionalProperties");
        }
        if (property != null) {
          walk(at + "." + field.getKey(), V2Spec.map(property), field.getValue(), out);
        }
      }
    } else if (json instanceof List && schema.get("items") instanceof Map) {
      List<?> items = (List<?>) json;
      for (int i = 0; i < items.size(); i++) {
        walk(at + "[" + i + "]", V2Spec.map(schema.get("items")), items.get(i), out);
      }
    }
  }
}
