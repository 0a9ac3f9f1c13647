package io.github.planesdk.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.api.WorkItemsApi;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What users of the generated API classes can reach: no type of {@code io.github.planesdk.internal}
 * and no positional method with every optional parameter in place.
 */
class PublicSignaturesTest {
  private static final String INTERNAL = "io.github.planesdk.internal.";

  @Test
  void noInternalTypeInAnyPublicSignature() throws Exception {
    List<String> leaks = new ArrayList<>();
    int members = 0;
    for (String pkg : List.of("io.github.planesdk.api", "io.github.planesdk.v2.api")) {
      List<Class<?>> apis = apiClasses(pkg);
      assertTrue(apis.size() > 30, pkg + " has " + apis.size() + " API classes");
      for (Class<?> api : apis) {
        for (Class<?> type : reachable(api)) {
          leaks.addAll(leaks(type.getName(), List.of(type.getGenericSuperclass()), type.getAnnotations()));
          for (Method m : type.getDeclaredMethods()) {
            if (isVisible(m.getModifiers())) {
              members++;
              leaks.addAll(leaks(m.toGenericString(), signature(m, m.getGenericReturnType()), m.getAnnotations()));
            }
          }
          for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (isVisible(c.getModifiers())) {
              leaks.addAll(leaks(c.toGenericString(), signature(c, null), c.getAnnotations()));
            }
          }
          for (Field f : type.getDeclaredFields()) {
            if (isVisible(f.getModifiers())) {
              leaks.addAll(leaks(f.toGenericString(), List.of(f.getGenericType()), f.getAnnotations()));
            }
          }
        }
      }
    }
    assertTrue(members > 1000, "public methods checked: " + members);
    assertEquals(List.of(), leaks);
  }

  @Test
  void theRetrofitRoutesAreNotPublic() throws Exception {
    Class<?> routes = Class.forName(WorkItemsApi.class.getName() + "$Endpoints");
    assertTrue(routes.isInterface());
    assertTrue(!Modifier.isPublic(routes.getModifiers()));
    // the request method takes the required parameters only
    Method list = WorkItemsApi.class.getMethod("listWorkItems", String.class, java.util.UUID.class);
    assertEquals("ListWorkItemsRequest", list.getReturnType().getSimpleName());
    assertEquals(
        List.of(list),
        Stream.of(WorkItemsApi.class.getMethods())
            .filter(m -> m.getName().equals("listWorkItems"))
            .collect(Collectors.toList()));
  }

  /** The class and its public nested classes (requests, their enums), deepest last. */
  private static List<Class<?>> reachable(Class<?> type) {
    List<Class<?>> all = new ArrayList<>(List.of(type));
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (Modifier.isPublic(nested.getModifiers())) {
        all.addAll(reachable(nested));
      }
    }
    return all;
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static List<Type> signature(Executable e, Type returned) {
    List<Type> types = new ArrayList<>(List.of(e.getGenericParameterTypes()));
    types.addAll(List.of(e.getGenericExceptionTypes()));
    if (returned != null) {
      types.add(returned);
    }
    for (Annotation[] annotations : e.getParameterAnnotations()) {
      for (Annotation a : annotations) {
        types.add(a.annotationType());
      }
    }
    return types;
  }

  private static List<String> leaks(String where, List<Type> types, Annotation[] annotations) {
    List<String> found = new ArrayList<>();
    for (Type t : types) {
      if (t != null && t.getTypeName().contains(INTERNAL)) {
        found.add(where + ": " + t.getTypeName());
      }
    }
    for (Annotation a : annotations) {
      if (a.annotationType().getName().startsWith(INTERNAL)) {
        found.add(where + ": @" + a.annotationType().getName());
      }
    }
    return found;
  }

  private static List<Class<?>> apiClasses(String pkg) throws Exception {
    return SdkClasses.publicIn(pkg).stream()
        .filter(c -> c.getSimpleName().endsWith("Api"))
        .collect(Collectors.toList());
  }
}
