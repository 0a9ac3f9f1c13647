package io.github.planesdk.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code x-plane-response-only} sits on exactly the schemas with text rules that no request body
 * reaches: a mark missing lets a response model's setter refuse server data, a mark too many lets
 * a request go out unchecked.
 */
class ResponseOnlyMarkTest {
  @ParameterizedTest
  @ValueSource(strings = {"/io/github/planesdk/plane-openapi.yaml", "/io/github/planesdk/plane-openapi-v2.yaml"})
  void marksExactlyTheAnsweredSchemasWithTextRules(String bundle) throws IOException {
    Map<String, Object> spec = Bundles.load(bundle);
    Map<String, Object> schemas = map(map(spec.get("components")).get("schemas"));
    Set<String> sent = reachable(schemas, requestBodies(spec));

    Set<String> unmarked = new TreeSet<>();
    Set<String> wronglyMarked = new TreeSet<>();
    for (Map.Entry<String, Object> schema : schemas.entrySet()) {
      boolean marked = Boolean.TRUE.equals(map(schema.getValue()).get("x-plane-response-only"));
      if (marked && sent.contains(schema.getKey())) {
        wronglyMarked.add(schema.getKey());
      } else if (!marked && !sent.contains(schema.getKey()) && hasTextRules(map(schema.getValue()))) {
        unmarked.add(schema.getKey());
      }
    }
    assertEquals(Set.of(), unmarked, "answered only, with text rules, but not marked x-plane-response-only");
    assertEquals(Set.of(), wronglyMarked, "marked x-plane-response-only, but a request body reaches them");
    assertFalse(sent.isEmpty());
  }

  private static Set<String> requestBodies(Map<String, Object> spec) {
    Set<String> names = new HashSet<>();
    for (Object item : map(spec.get("paths")).values()) {
      for (Object operation : map(item).values()) {
        refs(map(operation).get("requestBody"), names);
      }
    }
    return names;
  }

  private static Set<String> reachable(Map<String, Object> schemas, Set<String> roots) {
    Set<String> seen = new HashSet<>(roots);
    Deque<String> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      Set<String> next = new HashSet<>();
      refs(schemas.get(todo.pop()), next);
      for (String name : next) {
        if (seen.add(name)) {
          todo.push(name);
        }
      }
    }
    return seen;
  }

  private static void refs(Object node, Set<String> into) {
    if (node instanceof Map) {
      Object ref = ((Map<?, ?>) node).get("$ref");
      if (ref instanceof String && ((String) ref).startsWith("#/components/schemas/")) {
        into.add(((String) ref).substring("#/components/schemas/".length()));
      }
      ((Map<?, ?>) node).values().forEach(value -> refs(value, into));
    } else if (node instanceof Iterable) {
      ((Iterable<?>) node).forEach(value -> refs(value, into));
    }
  }

  private static boolean hasTextRules(Map<String, Object> schema) {
    for (Object property : map(schema.get("properties")).values()) {
      Map<String, Object> p = map(property);
      if ("string".equals(p.get("type")) && !p.containsKey("enum")
          && (p.containsKey("minLength") || p.containsKey("maxLength") || p.containsKey("pattern"))) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Object> map(Object value) {
    return Bundles.mapOrEmpty(value);
  }
}
