package io.github.planesdk.internal;

import io.github.planesdk.internal.CollectionFormats.CSVParams;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Checks the arguments of a generated API method before anything is sent, reading the method's
 * annotations: path parameters present and not blank, integer query parameters such as {@code
 * per_page} within the spec's bounds ({@link Range}), and list parameters such as {@code fields}
 * and {@code expand} holding only the names the spec allows for that operation ({@link
 * AllowedValues}).
 */
final class RequestValidator {
  private final Map<Method, List<Check>> checks = new ConcurrentHashMap<>();

  void validate(Method method, List<?> arguments) {
    for (Check check : checks.computeIfAbsent(method, RequestValidator::checksFor)) {
      check.apply(method, arguments.get(check.index));
    }
  }

  private static List<Check> checksFor(Method method) {
    List<Check> result = new ArrayList<>();
    Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      Set<String> allowed = null;
      Range range = null;
      String query = null;
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof Path) {
          result.add(new Check(i, ((Path) annotation).value(), null, null));
        } else if (annotation instanceof Query) {
          query = ((Query) annotation).value();
        } else if (annotation instanceof AllowedValues) {
          allowed = new LinkedHashSet<>(Arrays.asList(((AllowedValues) annotation).value()));
        } else if (annotation instanceof Range) {
          range = (Range) annotation;
        }
      }
      if (query != null && (allowed != null || range != null)) {
        result.add(new Check(i, query, allowed, range));
      }
    }
    return result;
  }

  /** One parameter's rule: a path parameter, a bounded integer, or a list of allowed names. */
  private static final class Check {
    final int index;
    final String name;
    final Set<String> allowed;
    final Range range;

    Check(int index, String name, Set<String> allowed, Range range) {
      this.index = index;
      this.name = name;
      this.allowed = allowed;
      this.range = range;
    }

    void apply(Method method, Object value) {
      if (allowed != null) {
        checkNames(method, value);
      } else if (range != null) {
        checkRange(value);
      } else if (value == null || (value instanceof CharSequence && value.toString().isBlank())) {
        throw new IllegalArgumentException(
            "path parameter " + name + " must not be " + (value == null ? "null" : "blank"));
      }
    }

    private void checkRange(Object value) {
      if (value instanceof Number) {
        Arguments.within(name, ((Number) value).longValue(), range.min(), range.max());
      }
    }

    private void checkNames(Method method, Object value) {
      List<String> items;
      if (value instanceof CharSequence) {
        items = List.of(value.toString()); // a single-valued parameter, such as v2's paginate
      } else if (value instanceof CSVParams && ((CSVParams) value).getParams() != null) {
        items = ((CSVParams) value).getParams();
      } else {
        return;
      }
      for (String item : items) {
        if (item == null || !allowed.contains(item)) {
          throw new IllegalArgumentException(
              name + " names \"" + item + "\", which " + method.getName() + " does not know;"
                  + " allowed: " + String.join(", ", allowed));
        }
      }
    }
  }
}
