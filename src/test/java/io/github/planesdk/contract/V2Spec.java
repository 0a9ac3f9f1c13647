package io.github.planesdk.contract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/**
 * The operations of the bundled v2 spec, read the way the contract tests need them: the path
 * parameters in the order the generated API method takes them, the request body schema and the
 * success answer. Schemas are plain maps; {@link #resolve} follows {@code $ref} and merges
 * {@code allOf}.
 */
final class V2Spec {
  static final String BUNDLE = "/io/github/planesdk/plane-openapi-v2.yaml";
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
  private static V2Spec loaded;

  /** One operation of the spec. */
  static final class Operation {
    final String id;
    final String method;
    final String path;
    final String tag;
    /** Name and schema of each path parameter, in the generated method's order. */
    final Map<String, Map<String, Object>> pathParams;
    /** The JSON request body schema, or null. */
    final Map<String, Object> requestSchema;
    final int successStatus;
    /** The JSON schema of the success answer, or null when it has no body. */
    final Map<String, Object> responseSchema;

    Operation(String id, String method, String path, String tag,
        Map<String, Map<String, Object>> pathParams, Map<String, Object> requestSchema,
        int successStatus, Map<String, Object> responseSchema) {
      this.id = id;
      this.method = method;
      this.path = path;
      this.tag = tag;
      this.pathParams = pathParams;
      this.requestSchema = requestSchema;
      this.successStatus = successStatus;
      this.responseSchema = responseSchema;
    }

    @Override
    public String toString() {
      return id + " (" + method + " " + path + ")";
    }
  }

  private final Map<String, Object> spec;
  private final List<Operation> operations = new ArrayList<>();

  private V2Spec(Map<String, Object> spec) {
    this.spec = spec;
    for (Map.Entry<String, Object> path : map(spec.get("paths")).entrySet()) {
      Map<String, Object> item = map(path.getValue());
      for (Map.Entry<String, Object> entry : item.entrySet()) {
        if (METHODS.contains(entry.getKey())) {
          operations.add(operation(path.getKey(), item, entry.getKey(), map(entry.getValue())));
        }
      }
    }
  }

  static synchronized V2Spec load() {
    if (loaded == null) {
      try (InputStream in = V2Spec.class.getResourceAsStream(BUNDLE)) {
        if (in == null) {
          throw new IllegalStateException(BUNDLE + " is not on the classpath");
        }
        loaded = new V2Spec(new Yaml().load(in));
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + BUNDLE, e);
      }
    }
    return loaded;
  }

  List<Operation> operations() {
    return Collections.unmodifiableList(operations);
  }

  Operation operation(String id) {
    return operations.stream()
        .filter(o -> o.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no operation " + id));
  }

  private Operation operation(
      String path, Map<String, Object> item, String method, Map<String, Object> op) {
    // the generator takes the operation's own parameters, then the path item's; the path
    // parameters are all required, so they come first in that order, then the body
    Map<String, Map<String, Object>> pathParams = new LinkedHashMap<>();
    for (Object list : new Object[] {op.get("parameters"), item.get("parameters")}) {
      if (list != null) {
        for (Object p : (List<?>) list) {
          Map<String, Object> param = follow(map(p));
          if ("path".equals(param.get("in"))) {
            pathParams.putIfAbsent((String) param.get("name"), map(param.get("schema")));
          }
        }
      }
    }
    Map<String, Object> requestSchema = null;
    if (op.get("requestBody") != null) {
      requestSchema = jsonSchema(follow(map(op.get("requestBody"))));
    }
    Map<String, Object> responses = map(op.get("responses"));
    String success =
        responses.keySet().stream().filter(code -> code.startsWith("2")).sorted().findFirst()
            .orElseThrow(() -> new IllegalStateException(op.get("operationId") + ": no 2xx"));
    return new Operation(
        (String) op.get("operationId"),
        method.toUpperCase(Locale.ROOT),
        path,
        (String) ((List<?>) op.get("tags")).get(0),
        pathParams,
        requestSchema,
        Integer.parseInt(success),
        jsonSchema(follow(map(responses.get(success)))));
  }

  private static Map<String, Object> jsonSchema(Map<String, Object> bodyOrResponse) {
    Map<String, Object> content = map(bodyOrResponse.get("content"));
    if (content == null) {
      return null;
    }
    Map<String, Object> json = map(content.get("application/json"));
    return json == null ? null : map(json.get("schema"));
  }

  /** The object a local {@code $ref} points at (the object itself when it is none). */
  Map<String, Object> follow(Map<String, Object> node) {
    Map<String, Object> at = node;
    while (at != null && at.get("$ref") instanceof String) {
      Map<String, Object> target = spec;
      for (String part : ((String) at.get("$ref")).substring(2).split("/")) {
        target = map(target.get(part));
      }
      at = target;
    }
    return at;
  }

  /**
   * The schema with its {@code $ref} followed and its {@code allOf} parts merged into one:
   * properties and required names of every part, other keys of the first part that has them.
   */
  Map<String, Object> resolve(Map<String, Object> schema) {
    Map<String, Object> at = follow(schema);
    if (at == null || !at.containsKey("allOf")) {
      return at;
    }
    Map<String, Object> merged = new LinkedHashMap<>();
    Map<String, Object> properties = new LinkedHashMap<>();
    Set<Object> required = new LinkedHashSet<>();
    List<Map<String, Object>> parts = new ArrayList<>();
    for (Object part : (List<?>) at.get("allOf")) {
      parts.add(resolve(map(part)));
    }
    Map<String, Object> own = new LinkedHashMap<>(at);
    own.remove("allOf");
    parts.add(own);
    for (Map<String, Object> part : parts) {
      part.forEach(merged::putIfAbsent);
      if (part.get("properties") != null) {
        properties.putAll(map(part.get("properties")));
      }
      if (part.get("required") != null) {
        required.addAll((List<?>) part.get("required"));
      }
    }
    merged.put("properties", properties);
    merged.put("required", new ArrayList<>(required));
    return merged;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
