package io.github.planesdk.internal;

import io.github.planesdk.internal.CollectionFormats.CSVParams;
import io.github.planesdk.paging.CursorPage;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Checks the arguments of a generated API method before anything is sent, reading the method's
 * Retrofit annotations: path parameters present and not blank, {@code per_page} within what the
 * server accepts, {@code fields}/{@code expand} naming fields the answered model has.
 */
final class RequestValidator {
  /** The open-source server's maximum; above it the server answers 400. */
  static final int MAX_PER_PAGE = 1000;

  private final Map<Method, List<Check>> checks = new ConcurrentHashMap<>();

  void validate(Method method, List<?> arguments) {
    for (Check check : checks.computeIfAbsent(method, RequestValidator::checksFor)) {
      check.apply(arguments.get(check.index));
    }
  }

  private static List<Check> checksFor(Method method) {
    List<Check> result = new ArrayList<>();
    Annotation[][] annotations = method.getParameterAnnotations();
    Class<?> model = modelType(method.getGenericReturnType());
    Set<String> fieldNames = null;
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof Path) {
          result.add(new Check(i, ((Path) annotation).value(), null, null));
        } else if (annotation instanceof Query) {
          String name = ((Query) annotation).value();
          boolean names = name.equals("fields") || name.equals("expand");
          if (names && fieldNames == null) {
            fieldNames = fieldNames(model);
          }
          if (name.equals("per_page") || (names && !fieldNames.isEmpty())) {
            result.add(new Check(i, name, names ? fieldNames : null, model));
          }
        }
      }
    }
    return result;
  }

  /** The model a {@code PlaneCall<X>} answers; for a page or a list, its item type. */
  private static Class<?> modelType(Type returnType) {
    if (!(returnType instanceof ParameterizedType)) {
      return null;
    }
    Type body = ((ParameterizedType) returnType).getActualTypeArguments()[0];
    if (body instanceof ParameterizedType) {
      Type[] items = ((ParameterizedType) body).getActualTypeArguments();
      return items.length == 1 && items[0] instanceof Class ? (Class<?>) items[0] : null;
    }
    if (!(body instanceof Class)) {
      return null;
    }
    Class<?> type = (Class<?>) body;
    for (Type implemented : type.getGenericInterfaces()) {
      if (implemented instanceof ParameterizedType
          && ((ParameterizedType) implemented).getRawType() == CursorPage.class) {
        Type item = ((ParameterizedType) implemented).getActualTypeArguments()[0];
        return item instanceof Class ? (Class<?>) item : null;
      }
    }
    return type;
  }

  /** The wire names a generated model declares as {@code SERIALIZED_NAME_*} constants. */
  private static Set<String> fieldNames(Class<?> model) {
    Set<String> names = new TreeSet<>();
    if (model == null) {
      return names;
    }
    for (Field field : model.getFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers)
          && field.getType() == String.class
          && field.getName().startsWith("SERIALIZED_NAME_")) {
        try {
          names.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return Collections.unmodifiableSet(names);
  }

  /** One parameter's rule: a path parameter, {@code per_page}, or a list of field names. */
  private static final class Check {
    final int index;
    final String name;
    final Set<String> allowed;
    final Class<?> model;

    Check(int index, String name, Set<String> allowed, Class<?> model) {
      this.index = index;
      this.name = name;
      this.allowed = allowed;
      this.model = model;
    }

    void apply(Object value) {
      if (allowed != null) {
        checkNames(value);
      } else if (name.equals("per_page")) {
        checkPerPage(value);
      } else if (value == null || value.toString().isBlank()) {
        throw new IllegalArgumentException(
            "path parameter " + name + " must not be " + (value == null ? "null" : "blank"));
      }
    }

    private void checkPerPage(Object value) {
      if (value instanceof Number) {
        long perPage = ((Number) value).longValue();
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
          throw new IllegalArgumentException(
              "per_page must be between 1 and " + MAX_PER_PAGE + ", was " + perPage);
        }
      }
    }

    private void checkNames(Object value) {
      if (!(value instanceof CSVParams) || ((CSVParams) value).getParams() == null) {
        return;
      }
      for (String field : ((CSVParams) value).getParams()) {
        if (field == null || !allowed.contains(field)) {
          throw new IllegalArgumentException(
              name + " names \"" + field + "\", which " + model.getSimpleName()
                  + " does not have; its fields are " + String.join(", ", allowed));
        }
      }
    }
  }
}
