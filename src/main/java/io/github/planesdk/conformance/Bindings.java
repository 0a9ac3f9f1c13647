package io.github.planesdk.conformance;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values for path parameters. Plane paths nest: the id that follows {@code .../projects/} is a
 * project whatever the parameter is called ({@code pk}, {@code project_id}), so a value is bound
 * to the shape of the collection path before it. The workspace slug fills {@code {slug}}.
 */
final class Bindings {
  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

  /** A path parameter without a value; {@code collection} is where one could be found. */
  static final class Unbound extends Exception {
    private static final long serialVersionUID = 1L;
    final String param;
    final String collection;

    Unbound(String param, String collection) {
      super("no value for {" + param + "}");
      this.param = param;
      this.collection = collection;
    }
  }

  private final String workspace;
  private final Map<String, String> byCollection;

  Bindings(String workspace) {
    this(workspace, new HashMap<>());
  }

  private Bindings(String workspace, Map<String, String> byCollection) {
    this.workspace = workspace;
    this.byCollection = byCollection;
  }

  /** A copy with the id of an item of the collection of this shape. */
  Bindings with(String collectionShape, String id) {
    Map<String, String> copy = new HashMap<>(byCollection);
    copy.put(collectionShape, id);
    return new Bindings(workspace, copy);
  }

  /** Binds in place: the read checks share one set of discovered ids. */
  void bind(String collectionShape, String id) {
    byCollection.put(collectionShape, id);
  }

  /** Binds a parameter that is part of a segment ({@code {project_identifier}-...}) by its name. */
  void bindName(String param, String value) {
    byCollection.put("{" + param + "}", value);
  }

  /** The path with every parameter filled, or {@link Unbound} for the first one without a value. */
  String fill(String template) throws Unbound {
    return fill(template, null);
  }

  /**
   * As {@link #fill(String)}, but a parameter without a bound value takes {@code fallback}'s value
   * when it gives one (for the stateless mock, which accepts any well-formed id).
   */
  String fill(String template, Function<String, String> fallback) throws Unbound {
    String[] segments = template.split("/", -1);
    StringBuilder filled = new StringBuilder();
    StringBuilder shape = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (i > 0) {
        filled.append('/');
        shape.append('/');
      }
      if (!segment.contains("{")) {
        filled.append(segment);
        shape.append(segment);
        continue;
      }
      String collection = shape.toString();
      Matcher params = PARAM.matcher(segment);
      StringBuilder value = new StringBuilder();
      int last = 0;
      while (params.find()) {
        String param = params.group(1);
        boolean whole = params.start() == 0 && params.end() == segment.length();
        String v = param.equals("slug") ? workspace : whole ? byCollection.get(collection) : byCollection.get("{" + param + "}");
        if (v == null && fallback != null) {
          v = fallback.apply(param);
        }
        if (v == null) {
          throw new Unbound(param, collection);
        }
        value.append(segment, last, params.start()).append(v);
        last = params.end();
      }
      value.append(segment.substring(last));
      filled.append(encode(value.toString()));
      shape.append(PARAM.matcher(segment).replaceAll("{}"));
    }
    return filled.toString();
  }

  /** The shape of the collection an item path belongs to: everything before its last segment. */
  static String collectionOf(String itemShape) {
    String trimmed = itemShape.endsWith("/") ? itemShape.substring(0, itemShape.length() - 1) : itemShape;
    return trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
  }

  /** The value each parameter of a template took in a filled path: {@code {pk}} to its id. */
  static Map<String, String> values(String template, String filled) {
    String[] names = template.split("/", -1);
    String[] values = filled.split("/", -1);
    Map<String, String> found = new HashMap<>();
    for (int i = 0; i < names.length && i < values.length; i++) {
      if (names[i].startsWith("{") && names[i].endsWith("}") && names[i].indexOf('{', 1) < 0) {
        found.put(names[i].substring(1, names[i].length() - 1), values[i]);
      }
    }
    return found;
  }

  private static String encode(String value) {
    return okhttp3.HttpUrl.get("http://x/")
        .newBuilder()
        .addPathSegment(value)
        .build()
        .encodedPathSegments()
        .get(0);
  }
}
