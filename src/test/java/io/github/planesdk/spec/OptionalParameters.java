package io.github.planesdk.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/**
 * A break that only the SDK sees: an operation without optional parameters is generated as a
 * method answering a {@code PlaneCall}; once it has one, the method answers a request object
 * instead, and code that kept the {@code PlaneCall} (or called {@code withOptions}, {@code
 * cancel} or {@code request} on it) no longer compiles. openapi-diff calls a new optional
 * parameter compatible, as it is for HTTP clients.
 */
final class OptionalParameters {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private OptionalParameters() {}

  /** One reason per operation that had no optional parameter in {@code released} and has one now. */
  static List<String> firstOnes(String released, String current) {
    Map<String, Object> before = new Yaml().load(released);
    Map<String, Object> after = new Yaml().load(current);
    List<String> reasons = new ArrayList<>();
    for (Map.Entry<String, Object> path : map(after.get("paths")).entrySet()) {
      Map<String, Object> oldItem = map(map(before.get("paths")).get(path.getKey()));
      for (Map.Entry<String, Object> operation : map(path.getValue()).entrySet()) {
        Object oldOperation = oldItem.get(operation.getKey());
        if (!METHODS.contains(operation.getKey()) || oldOperation == null) {
          continue; // a new operation breaks nothing
        }
        List<String> added = optional(after, map(path.getValue()), map(operation.getValue()));
        if (!added.isEmpty() && optional(before, oldItem, map(oldOperation)).isEmpty()) {
          reasons.add(
              "operation " + map(operation.getValue()).get("operationId") + " gains its first optional"
                  + " parameter " + added + ": its Java method answers a request object, no longer a PlaneCall");
        }
      }
    }
    return reasons;
  }

  /** The names of the optional parameters of an operation, its path's included. */
  private static List<String> optional(Map<String, Object> spec, Map<String, Object> item, Map<String, Object> operation) {
    List<String> names = new ArrayList<>();
    for (Object declared : concat(item.get("parameters"), operation.get("parameters"))) {
      Map<String, Object> parameter = resolve(spec, map(declared));
      if (!Boolean.TRUE.equals(parameter.get("required")) && !"path".equals(parameter.get("in"))) {
        names.add(String.valueOf(parameter.get("name")));
      }
    }
    return names;
  }

  private static Map<String, Object> resolve(Map<String, Object> spec, Map<String, Object> parameter) {
    Object ref = parameter.get("$ref");
    if (ref == null) {
      return parameter;
    }
    String name = ref.toString().substring(ref.toString().lastIndexOf('/') + 1);
    return map(map(map(spec.get("components")).get("parameters")).get(name));
  }

  private static List<Object> concat(Object first, Object second) {
    List<Object> all = new ArrayList<>();
    for (Object list : new Object[] {first, second}) {
      if (list instanceof List) {
        all.addAll((List<?>) list);
      }
    }
    return all;
  }

  private static Map<String, Object> map(Object value) {
    return Bundles.mapOrEmpty(value);
  }
}
