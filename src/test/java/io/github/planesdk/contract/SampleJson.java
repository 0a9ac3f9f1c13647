package io.github.planesdk.contract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A JSON value (maps, lists, strings, numbers, booleans) that a schema of the spec accepts, for
 * request bodies the spec gives no example of: the schema's own example where it has one, else
 * a value derived from its type, format and bounds. Objects get every property that is not
 * read-only, so each field of the request model is sent once.
 */
final class SampleJson {
  private final V2Spec spec;

  SampleJson(V2Spec spec) {
    this.spec = spec;
  }

  Object of(Map<String, Object> schema) {
    return of(schema, "value", 0);
  }

  private Object of(Map<String, Object> raw, String name, int depth) {
    Map<String, Object> schema = spec.resolve(raw);
    if (schema == null || depth > 8) {
      return null;
    }
    if (schema.containsKey("example")) {
      return schema.get("example");
    }
    if (schema.get("enum") instanceof List) {
      return ((List<?>) schema.get("enum")).get(0);
    }
    String type = (String) schema.get("type");
    if (type == null) {
      type = schema.containsKey("properties") ? "object" : "string";
    }
    switch (type) {
      case "object":
        return object(schema, depth);
      case "array":
        List<Object> items = new ArrayList<>();
        int count = Math.max(1, number(schema.get("minItems"), 1).intValue());
        for (int i = 0; i < count; i++) {
          items.add(of(V2Spec.map(schema.get("items")), name + i, depth + 1));
        }
        return items;
      case "integer":
        return bounded(schema, 1).longValue();
      case "number":
        return bounded(schema, 1.5).doubleValue();
      case "boolean":
        return true;
      default:
        return string(schema, name);
    }
  }

  private Map<String, Object> object(Map<String, Object> schema, int depth) {
    Map<String, Object> object = new LinkedHashMap<>();
    Map<String, Object> properties = V2Spec.map(schema.get("properties"));
    if (properties != null) {
      for (Map.Entry<String, Object> property : properties.entrySet()) {
        Map<String, Object> propertySchema = spec.resolve(V2Spec.map(property.getValue()));
        if (!Boolean.TRUE.equals(propertySchema.get("readOnly"))) {
          object.put(property.getKey(), of(propertySchema, property.getKey(), depth + 1));
        }
      }
    }
    return object;
  }

  private static Number bounded(Map<String, Object> schema, Number preferred) {
    double value = preferred.doubleValue();
    if (schema.get("minimum") instanceof Number) {
      value = Math.max(value, ((Number) schema.get("minimum")).doubleValue());
    }
    if (schema.get("maximum") instanceof Number) {
      value = Math.min(value, ((Number) schema.get("maximum")).doubleValue());
    }
    return value;
  }

  private static String string(Map<String, Object> schema, String name) {
    String format = (String) schema.get("format");
    String value;
    if ("uuid".equals(format)) {
      value = uuid(name).toString();
    } else if ("date-time".equals(format)) {
      value = "2026-01-02T03:04:05Z";
    } else if ("date".equals(format)) {
      value = "2026-01-02";
    } else if ("email".equals(format)) {
      value = "sdk@example.com";
    } else if ("uri".equals(format)) {
      value = "https://example.com/" + name;
    } else {
      value = name;
    }
    int min = number(schema.get("minLength"), 0).intValue();
    int max = number(schema.get("maxLength"), Integer.MAX_VALUE).intValue();
    StringBuilder padded = new StringBuilder(value);
    while (padded.length() < min) {
      padded.append('x');
    }
    return padded.length() > max ? padded.substring(0, max) : padded.toString();
  }

  /** A UUID of its own for each name, the same in every run. */
  static UUID uuid(String name) {
    return UUID.nameUUIDFromBytes(("sdk-test:" + name).getBytes(StandardCharsets.UTF_8));
  }

  private static Number number(Object value, Number otherwise) {
    return value instanceof Number ? (Number) value : otherwise;
  }
}
