package io.github.planesdk.conformance;

import io.github.planesdk.json.PlaneJson;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Values the spec accepts, made from its schemas: request bodies for the write lifecycle and
 * parameter values. Names carry a run tag ({@code plane conformance PCX7K2Q9}) so whatever the
 * check creates is unique and easy to recognise.
 */
final class Samples {
  private static final Set<String> NAME_LIKE = Set.of("name", "title");
  private static final int MAX_DEPTH = 8;

  private final SpecOperations spec;
  private final String tag;

  Samples(SpecOperations spec, String tag) {
    this.spec = spec;
    this.tag = tag;
  }

  static String newTag() {
    String letters = UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
    return "PC" + letters.substring(0, 6);
  }

  String tag() {
    return tag;
  }

  /** A value for a path or query parameter. */
  String parameter(Map<String, Object> param) {
    Object value = sample(spec.deref(param.get("schema")), String.valueOf(param.get("name")), Map.of(), 0);
    if (value instanceof List) {
      List<?> list = (List<?>) value;
      return list.isEmpty() ? "" : String.valueOf(list.get(0));
    }
    if (value instanceof Double && ((Double) value) == Math.rint((Double) value)) {
      return String.valueOf(((Double) value).longValue());
    }
    return value == null ? "" : String.valueOf(value);
  }

  /**
   * The JSON body of a create ({@code update == false}: the required fields) or of an update (the
   * required fields and one field it changes); null when the operation takes no body. Required
   * uuid fields named like a path parameter (e.g. {@code project_id}) get that parameter's value.
   */
  String body(SpecOperation op, Map<String, String> pathValues, boolean update) {
    Map<String, Object> schema = op.requestSchema();
    if (schema.isEmpty()) {
      return null;
    }
    Object value = update ? updateObject(schema, pathValues) : sample(schema, "", pathValues, 0);
    if (!update && value instanceof Map) {
      switchFeaturesOn(schema, SpecOperations.asMap(value));
    }
    return PlaneJson.moshi().adapter(Object.class).toJson(value);
  }

  /**
   * A create turns on every feature switch it may set ({@code cycle_view}, {@code module_view},
   * {@code intake_view}, ...): Plane keeps cycles, modules and intake off until a project enables
   * them, and refuses their operations meanwhile.
   */
  private void switchFeaturesOn(Map<String, Object> schema, Map<String, Object> body) {
    Map<String, Object> flat = schema.containsKey("allOf") ? merged(schema) : schema;
    for (Map.Entry<String, Object> e : SpecOperations.asMap(flat.get("properties")).entrySet()) {
      if (e.getKey().endsWith("_view") && "boolean".equals(spec.deref(e.getValue()).get("type"))) {
        body.put(e.getKey(), Boolean.TRUE);
      }
    }
  }

  private Object sample(Map<String, Object> schema, String name, Map<String, String> ids, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    Object example = schema.get("example");
    if (example != null && !NAME_LIKE.contains(name) && plainJson(example)) {
      return example;
    }
    List<Object> choices = SpecOperations.asList(schema.get("enum"));
    for (Object choice : choices) {
      if (choice != null) {
        return choice;
      }
    }
    if (schema.containsKey("allOf")) {
      return object(merged(schema), ids, depth, false);
    }
    for (String combinator : new String[] {"oneOf", "anyOf"}) {
      List<Object> options = SpecOperations.asList(schema.get(combinator));
      if (!options.isEmpty()) {
        return sample(spec.deref(options.get(0)), name, ids, depth + 1);
      }
    }
    Object type = schema.get("type");
    if (type == null && schema.containsKey("properties")) {
      type = "object";
    }
    if ("object".equals(type)) {
      return object(schema, ids, depth, false);
    }
    if ("array".equals(type)) {
      List<Object> items = new ArrayList<>();
      Object min = schema.get("minItems");
      int count = min instanceof Number ? ((Number) min).intValue() : 0;
      for (int i = 0; i < count; i++) {
        items.add(sample(spec.deref(schema.get("items")), name, ids, depth + 1));
      }
      return items;
    }
    if ("string".equals(type)) {
      return string(schema, name, ids);
    }
    if ("integer".equals(type) || "number".equals(type)) {
      return number(schema);
    }
    if ("boolean".equals(type)) {
      return Boolean.FALSE;
    }
    // no type: any JSON value, so a string will do
    return string(schema, name, ids);
  }

  /** The required properties, or (for an update) those and one property to change. */
  private Map<String, Object> object(Map<String, Object> schema, Map<String, String> ids, int depth, boolean update) {
    Map<String, Object> props = SpecOperations.asMap(schema.get("properties"));
    Map<String, Object> result = new LinkedHashMap<>();
    for (Object key : SpecOperations.asList(schema.get("required"))) {
      String name = String.valueOf(key);
      if (props.containsKey(name)) {
        result.put(name, sample(spec.deref(props.get(name)), name, ids, depth + 1));
      }
    }
    if (update) {
      String change = changeable(props);
      if (change != null) {
        Map<String, Object> prop = spec.deref(props.get(change));
        Object value = sample(prop, change, ids, depth + 1);
        result.put(change, value instanceof String ? value + (NAME_LIKE.contains(change) ? " updated" : "") : value);
      }
    }
    return result;
  }

  private Object updateObject(Map<String, Object> schema, Map<String, String> ids) {
    Map<String, Object> flat = schema.containsKey("allOf") ? merged(schema) : schema;
    return object(flat, ids, 0, true);
  }

  /** The property an update changes: a name, else the first plain string, else the first boolean. */
  private String changeable(Map<String, Object> props) {
    for (String name : NAME_LIKE) {
      if (props.containsKey(name)) {
        return name;
      }
    }
    for (String type : new String[] {"string", "boolean"}) {
      for (Map.Entry<String, Object> e : props.entrySet()) {
        Map<String, Object> prop = spec.deref(e.getValue());
        if (type.equals(prop.get("type")) && !prop.containsKey("format") && !prop.containsKey("enum")
            && !prop.containsKey("pattern") && !Boolean.TRUE.equals(prop.get("readOnly"))) {
          return e.getKey();
        }
      }
    }
    return null;
  }

  private Map<String, Object> merged(Map<String, Object> schema) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<Object> required = new ArrayList<>();
    List<Map<String, Object>> parts = new ArrayList<>();
    parts.add(schema);
    for (Object part : SpecOperations.asList(schema.get("allOf"))) {
      parts.add(spec.deref(part));
    }
    for (Map<String, Object> part : parts) {
      Map<String, Object> flat = part.containsKey("allOf") && part != schema ? merged(part) : part;
      properties.putAll(SpecOperations.asMap(flat.get("properties")));
      required.addAll(SpecOperations.asList(flat.get("required")));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("type", "object");
    result.put("properties", properties);
    result.put("required", required);
    return result;
  }

  private Object string(Map<String, Object> schema, String name, Map<String, String> ids) {
    String format = String.valueOf(schema.get("format"));
    String value;
    switch (format) {
      case "uuid":
        return ids.containsKey(name) ? ids.get(name) : UUID.randomUUID().toString();
      case "date-time":
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
      case "date":
        return LocalDate.now(ZoneOffset.UTC).toString();
      case "email":
        return "plane-conformance-" + tag.toLowerCase(Locale.ROOT) + "@example.com";
      case "uri":
      case "url":
        return "https://example.com/plane-conformance/" + tag.toLowerCase(Locale.ROOT);
      default:
        if (name.contains("url")) {
          value = "https://example.com/plane-conformance/" + tag.toLowerCase(Locale.ROOT);
        } else {
          // no punctuation: Plane refuses a project name with any of &+,:;$^}{*=?@#|'<>.()%!-
          value = NAME_LIKE.contains(name) ? "plane conformance " + tag : tag;
        }
    }
    Object max = schema.get("maxLength");
    if (max instanceof Number && value.length() > ((Number) max).intValue()) {
      value = value.substring(value.length() - ((Number) max).intValue());
    }
    value = obeyPattern(value, schema.get("pattern"));
    Object min = schema.get("minLength");
    StringBuilder padded = new StringBuilder(value);
    while (min instanceof Number && padded.length() < ((Number) min).intValue()) {
      padded.append('X');
    }
    return padded.toString();
  }

  /**
   * The value, changed as little as needed to match the schema's pattern: punctuation becomes a
   * space, then letters go upper case, then only the run tag is left. A server refuses what the
   * pattern forbids (Plane: no {@code -} or {@code .} in a project name, an upper-case identifier).
   */
  private String obeyPattern(String value, Object pattern) {
    if (!(pattern instanceof String)) {
      return value;
    }
    java.util.regex.Pattern regex;
    try {
      regex = java.util.regex.Pattern.compile((String) pattern);
    } catch (RuntimeException e) {
      return value;
    }
    String plain = value.replaceAll("[^A-Za-z0-9 ]", " ").trim();
    for (String candidate : new String[] {value, plain, plain.toUpperCase(Locale.ROOT), tag}) {
      if (regex.matcher(candidate).find()) {
        return candidate;
      }
    }
    return value;
  }

  private static Object number(Map<String, Object> schema) {
    Object min = schema.get("minimum");
    Object max = schema.get("maximum");
    long value = min instanceof Number ? (long) Math.ceil(((Number) min).doubleValue()) : 0;
    if (Boolean.TRUE.equals(schema.get("exclusiveMinimum")) && min != null) {
      value++;
    }
    if (max instanceof Number && value > ((Number) max).doubleValue()) {
      value = (long) Math.floor(((Number) max).doubleValue());
    }
    return value;
  }

  /** YAML may read an unquoted date as a {@code Date}; only plain JSON values are used. */
  private static boolean plainJson(Object value) {
    if (value instanceof Map) {
      return ((Map<?, ?>) value).values().stream().allMatch(v -> v == null || plainJson(v));
    }
    if (value instanceof List) {
      return ((List<?>) value).stream().allMatch(v -> v == null || plainJson(v));
    }
    return value instanceof String || value instanceof Number || value instanceof Boolean;
  }
}
