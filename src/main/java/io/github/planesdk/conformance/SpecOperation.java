package io.github.planesdk.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One operation of the spec: method, path, parameters, responses and the edition marks. */
final class SpecOperation {
  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

  private final SpecOperations spec;
  private final String method;
  private final String path;
  private final Map<String, Object> node;
  private final List<Map<String, Object>> parameters = new ArrayList<>();

  SpecOperation(
      SpecOperations spec, String method, String path, Map<String, Object> node, List<Object> shared) {
    this.spec = spec;
    this.method = method;
    this.path = path;
    this.node = node;
    Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
    for (Object p : shared) {
      Map<String, Object> param = spec.deref(p);
      byKey.put(param.get("in") + ":" + param.get("name"), param);
    }
    for (Object p : SpecOperations.asList(node.get("parameters"))) {
      Map<String, Object> param = spec.deref(p);
      byKey.put(param.get("in") + ":" + param.get("name"), param);
    }
    parameters.addAll(byKey.values());
  }

  public String id() {
    return String.valueOf(node.get("operationId"));
  }

  /** The key of its result: the operationId, prefixed {@code v2:} for a v2 operation. */
  String key() {
    return spec.version().key(id());
  }

  ApiVersion version() {
    return spec.version();
  }

  /** Upper case: {@code GET}, {@code POST}, ... */
  public String method() {
    return method;
  }

  /** The path template, e.g. {@code /api/v1/workspaces/{slug}/projects/{pk}/}. */
  public String path() {
    return path;
  }

  /** The path with every parameter written {@code {}}: paths of one shape address the same things. */
  String shape() {
    return shapeOf(path);
  }

  static String shapeOf(String template) {
    return PARAM.matcher(template).replaceAll("{}");
  }

  /** The first tag: the SDK's API family. */
  public String tag() {
    List<Object> tags = SpecOperations.asList(node.get("tags"));
    return tags.isEmpty() ? "" : String.valueOf(tags.get(0));
  }

  /** Marked {@code x-plane-edition: cloud}: Plane Cloud (and commercial editions) only. */
  boolean cloudOnly() {
    return "cloud".equals(node.get("x-plane-edition"));
  }

  /** A server-only alias ({@code deprecated}) or an undocumented server operation. */
  boolean serverOnly() {
    return Boolean.TRUE.equals(node.get("deprecated"))
        || Boolean.TRUE.equals(node.get("x-plane-undocumented"));
  }

  boolean isRead() {
    return "GET".equals(method);
  }

  /** The path names a single object: its last segment is one parameter. */
  boolean isDetail() {
    String[] segments = path.split("/");
    String last = segments[segments.length - 1];
    return last.startsWith("{") && last.endsWith("}") && last.indexOf('{', 1) < 0;
  }

  /** The names of the path parameters, in path order. */
  List<String> pathParams() {
    List<String> names = new ArrayList<>();
    Matcher m = PARAM.matcher(path);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The parameter declared with this location and name, or an empty map. */
  Map<String, Object> parameter(String in, String name) {
    for (Map<String, Object> p : parameters) {
      if (in.equals(p.get("in")) && name.equals(p.get("name"))) {
        return p;
      }
    }
    return Map.of();
  }

  List<Map<String, Object>> parameters(String in) {
    List<Map<String, Object>> found = new ArrayList<>();
    for (Map<String, Object> p : parameters) {
      if (in.equals(p.get("in"))) {
        found.add(p);
      }
    }
    return found;
  }

  /** The declared statuses, as written in the spec ({@code 200}, {@code 4XX}, {@code default}). */
  List<String> statuses() {
    return new ArrayList<>(SpecOperations.asMap(node.get("responses")).keySet());
  }

  boolean declares(int status) {
    return response(status) != null;
  }

  /** The lowest declared 2xx or 3xx status, or 0 when there is none. */
  int successStatus() {
    int best = 0;
    for (String s : statuses()) {
      if (s.matches("[23]\\d\\d")) {
        int code = Integer.parseInt(s);
        best = best == 0 ? code : Math.min(best, code);
      }
    }
    return best;
  }

  /** Whether the response declared for this status names this header (case-insensitive). */
  boolean declaresHeader(int status, String header) {
    Map<String, Object> response = response(status);
    if (response == null) {
      return false;
    }
    for (String name : SpecOperations.asMap(response.get("headers")).keySet()) {
      if (name.equalsIgnoreCase(header)) {
        return true;
      }
    }
    return false;
  }

  /** The JSON schema of the success response, dereferenced, or an empty map. */
  Map<String, Object> successSchema() {
    Map<String, Object> response = response(successStatus());
    return response == null ? Map.of() : jsonSchema(response);
  }

  /** The JSON request body schema, dereferenced, or an empty map when the operation takes none. */
  Map<String, Object> requestSchema() {
    Map<String, Object> body = spec.deref(node.get("requestBody"));
    return jsonSchema(body);
  }

  /** A cursor-paginated list: its success schema carries {@code next_page_results}. */
  boolean paginated() {
    return isRead() && hasProperty(successSchema(), "next_page_results");
  }

  /**
   * A v2 list: its success schema is the v2 page envelope, whose {@code pagination.style} tells
   * an offset page from a cursor page.
   */
  boolean v2Page() {
    return isRead() && hasProperty(successSchema(), "pagination");
  }

  SpecOperations spec() {
    return spec;
  }

  /** A schema's property, looking through {@code allOf}, dereferenced; empty when absent. */
  Map<String, Object> property(Map<String, Object> schema, String name) {
    Map<String, Object> props = SpecOperations.asMap(schema.get("properties"));
    if (props.containsKey(name)) {
      return spec.deref(props.get(name));
    }
    for (Object part : SpecOperations.asList(schema.get("allOf"))) {
      Map<String, Object> found = property(spec.deref(part), name);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return Map.of();
  }

  private boolean hasProperty(Map<String, Object> schema, String name) {
    return !property(schema, name).isEmpty();
  }

  private Map<String, Object> response(int status) {
    Map<String, Object> responses = SpecOperations.asMap(node.get("responses"));
    String exact = String.valueOf(status);
    String range = status / 100 + "XX";
    for (String key : new String[] {exact, range, range.toLowerCase(Locale.ROOT), "default"}) {
      if (responses.containsKey(key)) {
        return spec.deref(responses.get(key));
      }
    }
    return null;
  }

  private Map<String, Object> jsonSchema(Map<String, Object> withContent) {
    Map<String, Object> content = SpecOperations.asMap(withContent.get("content"));
    for (Map.Entry<String, Object> media : content.entrySet()) {
      if (media.getKey().contains("json")) {
        return spec.deref(SpecOperations.asMap(media.getValue()).get("schema"));
      }
    }
    return Map.of();
  }

  @Override
  public String toString() {
    return id() + " (" + method + " " + path + ")";
  }
}
