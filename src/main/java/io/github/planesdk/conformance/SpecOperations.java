package io.github.planesdk.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The operations of one API version's spec bundled into the jar, in spec order. Nothing is
 * hard-coded: the check grows with the spec.
 */
final class SpecOperations {
  /** Where the build puts the bundled, self-contained spec. */
  public static final String RESOURCE = ApiVersion.V1.resource;

  /**
   * The OAuth app endpoints take an app's client credentials, form bodies and bearer tokens,
   * not the API key this check sends: left out until the check can take an app's credentials.
   */
  static final String OAUTH_APP_PATHS = "/auth/o/";

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final ApiVersion version;
  private final String text;
  private final Map<String, Object> root;
  private final List<SpecOperation> operations = new ArrayList<>();
  /** Operations of the OAuth app paths, not checked. */
  private int oauthOperations;

  private SpecOperations(String text, ApiVersion version) {
    this.version = version;
    this.text = text;
    this.root = asMap(new Yaml(loaderOptions()).load(text));
    Map<String, Object> paths = asMap(root.get("paths"));
    for (Map.Entry<String, Object> pathEntry : paths.entrySet()) {
      Map<String, Object> item = deref(pathEntry.getValue());
      if (pathEntry.getKey().startsWith(OAUTH_APP_PATHS)) {
        oauthOperations += (int) item.keySet().stream().filter(METHODS::contains).count();
        continue;
      }
      List<Object> shared = asList(item.get("parameters"));
      for (Map.Entry<String, Object> entry : item.entrySet()) {
        if (METHODS.contains(entry.getKey())) {
          operations.add(
              new SpecOperation(
                  this,
                  entry.getKey().toUpperCase(Locale.ROOT),
                  pathEntry.getKey(),
                  deref(entry.getValue()),
                  shared));
        }
      }
    }
  }

  /** The v1 spec the build bundled into the jar. */
  public static SpecOperations bundled() {
    return bundled(ApiVersion.V1);
  }

  /** The spec of this API version the build bundled into the jar. */
  static SpecOperations bundled(ApiVersion version) {
    try (InputStream in = SpecOperations.class.getResourceAsStream(version.resource)) {
      if (in == null) {
        throw new IllegalStateException(version.resource + " is not on the classpath: build with mvn package");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return parse(out.toString(StandardCharsets.UTF_8), version);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + version.resource, e);
    }
  }

  static SpecOperations parse(String yaml) {
    return parse(yaml, ApiVersion.V1);
  }

  static SpecOperations parse(String yaml, ApiVersion version) {
    return new SpecOperations(yaml, version);
  }

  ApiVersion version() {
    return version;
  }

  /** The spec's YAML, as bundled. */
  public String text() {
    return text;
  }

  /**
   * The spec as the validator should read it. Atlassian's validator reads the properties of a
   * schema that also has {@code additionalProperties} as objects when they have no {@code type}
   * ("any value"), so {@code {"error": "..."}} fails against {@code ErrorBody}. Dropping an
   * {@code additionalProperties} that allows any value changes nothing else: extra properties
   * are allowed anyway (the validator is told to ignore them).
   */
  String textForValidator() {
    Map<String, Object> copy = asMap(new Yaml(loaderOptions()).load(text));
    dropAnyAdditionalProperties(copy);
    return new Yaml().dump(copy);
  }

  private static void dropAnyAdditionalProperties(Object node) {
    if (node instanceof Map) {
      Map<String, Object> map = asMap(node);
      Object extra = map.get("additionalProperties");
      if (Boolean.TRUE.equals(extra) || (extra instanceof Map && anyValue(asMap(extra)))) {
        map.remove("additionalProperties");
      }
      map.values().forEach(SpecOperations::dropAnyAdditionalProperties);
    } else if (node instanceof List) {
      asList(node).forEach(SpecOperations::dropAnyAdditionalProperties);
    }
  }

  private static boolean anyValue(Map<String, Object> schema) {
    for (String constraint : List.of("type", "$ref", "properties", "items", "enum", "allOf", "oneOf", "anyOf", "not")) {
      if (schema.containsKey(constraint)) {
        return false;
      }
    }
    return true;
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    return options;
  }

  public List<SpecOperation> all() {
    return Collections.unmodifiableList(operations);
  }

  /** The operation with this method on a path of this shape (parameter names ignored), or null. */
  SpecOperation find(String method, String shape) {
    for (SpecOperation op : operations) {
      if (op.method().equals(method) && op.shape().equals(shape)) {
        return op;
      }
    }
    return null;
  }

  /** Follows {@code $ref}s (local ones: the bundle has no other) to the node they name. */
  Map<String, Object> deref(Object node) {
    Map<String, Object> map = asMap(node);
    int hops = 0;
    while (map.get("$ref") instanceof String && hops++ < 32) {
      String ref = (String) map.get("$ref");
      if (!ref.startsWith("#/")) {
        throw new IllegalStateException("the bundled spec has a non-local $ref: " + ref);
      }
      Object target = root;
      for (String part : ref.substring(2).split("/")) {
        target = asMap(target).get(part.replace("~1", "/").replace("~0", "~"));
      }
      map = asMap(target);
    }
    return map;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object node) {
    return node instanceof Map ? (Map<String, Object>) node : Collections.emptyMap();
  }

  @SuppressWarnings("unchecked")
  static List<Object> asList(Object node) {
    return node instanceof List ? (List<Object>) node : Collections.emptyList();
  }

  /** How many operations of the OAuth app paths the check leaves out. */
  int oauthOperations() {
    return oauthOperations;
  }
}
