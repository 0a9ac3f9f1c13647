package io.github.planesdk.contract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * The operations of one spec, found by method and request path the way the mock routes them:
 * a path template's {@code {param}} matches one path segment or part of one, and where several
 * templates match ({@code work-items/search/} and {@code work-items/{project_identifier}-
 * {issue_identifier}/}) the one with more literal text wins.
 */
final class OperationIndex {
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final Pattern PARAM = Pattern.compile("\\{[^}/]+}");

  private static final class Route {
    final String method;
    final Pattern path;
    final int literalChars;
    final String operationId;

    Route(String method, String template, String operationId) {
      this.method = method;
      this.operationId = operationId;
      StringBuilder regex = new StringBuilder();
      Matcher params = PARAM.matcher(template);
      int at = 0;
      while (params.find()) {
        regex.append(Pattern.quote(template.substring(at, params.start()))).append("[^/]+");
        at = params.end();
      }
      regex.append(Pattern.quote(template.substring(at)));
      this.path = Pattern.compile(regex.toString());
      this.literalChars = PARAM.matcher(template).replaceAll("").length();
    }
  }

  private final List<Route> routes;

  private OperationIndex(List<Route> routes) {
    this.routes = routes;
  }

  /** The bundled v1 spec the contract tests' mock serves. */
  static OperationIndex v1() {
    return fromResource("/io/github/planesdk/plane-openapi.yaml");
  }

  /** The bundled v2 spec. */
  static OperationIndex v2() {
    return fromResource(V2Spec.BUNDLE);
  }

  static OperationIndex fromResource(String resource) {
    try (InputStream in = OperationIndex.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      return fromYaml(new Yaml().load(in));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  /** A spec written inline, one YAML line per argument (the gate's own tests). */
  static OperationIndex fromYamlLines(String... lines) {
    return fromYaml(new Yaml().load(String.join("\n", lines)));
  }

  @SuppressWarnings("unchecked")
  static OperationIndex fromYaml(Map<String, Object> spec) {
    List<Route> routes = new ArrayList<>();
    Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
    for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
      for (Map.Entry<String, Object> entry : path.getValue().entrySet()) {
        if (METHODS.contains(entry.getKey())) {
          String id = (String) ((Map<String, Object>) entry.getValue()).get("operationId");
          routes.add(new Route(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), id));
        }
      }
    }
    routes.sort(Comparator.comparingInt((Route r) -> r.literalChars).reversed());
    return new OperationIndex(routes);
  }

  /** Every operationId of the spec. */
  Set<String> operations() {
    Set<String> ids = new TreeSet<>();
    for (Route route : routes) {
      ids.add(route.operationId);
    }
    return ids;
  }

  /** The operation a request to {@code path} (query string allowed) reached, if any. */
  Optional<String> operationOf(String method, String path) {
    int query = path.indexOf('?');
    String bare = query < 0 ? path : path.substring(0, query);
    for (Route route : routes) {
      if (route.method.equalsIgnoreCase(method) && route.path.matcher(bare).matches()) {
        return Optional.of(route.operationId);
      }
    }
    return Optional.empty();
  }
}
