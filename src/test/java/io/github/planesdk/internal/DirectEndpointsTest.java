package io.github.planesdk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.PlaneCall;
import io.github.planesdk.internal.CollectionFormats.CSVParams;
import io.github.planesdk.json.PlaneJson;
import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import retrofit2.Invocation;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;
import retrofit2.http.DELETE;
import retrofit2.http.GET;

/**
 * The requests {@link DirectEndpoints} builds are the ones Retrofit builds: for every GET and
 * DELETE operation of v1 and v2, with awkward path and query values.
 */
class DirectEndpointsTest {
  /** Path values that encoding must keep in one segment and intact. */
  private static final String[] AWKWARD = {
    "a b/c%2F d+e?f#g&h=i", "ünï©ode ✓", "[x]:@;=,$!'()*~", ".hidden", "...", "%", "+"
  };

  private final Retrofit retrofit =
      new Retrofit.Builder()
          .baseUrl("http://plane.test:8080/base/path/")
          .addCallAdapterFactory(new PlaneCallAdapterFactory(() -> List.of("key")))
          .addConverterFactory(new DecodingConverterFactory())
          .addConverterFactory(MoshiConverterFactory.create(PlaneJson.moshi()))
          .build();

  @Test
  void everyGetAndDeleteBuildsTheUrlRetrofitBuilds() throws Exception {
    int compared = 0;
    for (Class<?> endpoints : endpointInterfaces()) {
      Object direct = DirectEndpoints.create(retrofit, cast(endpoints));
      Object viaRetrofit = retrofit.create(endpoints);
      for (Method method : endpoints.getDeclaredMethods()) {
        if (method.getAnnotation(GET.class) == null && method.getAnnotation(DELETE.class) == null) {
          continue;
        }
        method.setAccessible(true);
        assertTrue(DirectEndpoints.isDirect(direct, method), method + " is not built directly");
        for (int variant = 0; variant < AWKWARD.length; variant++) {
          Object[] args = arguments(method, variant);
          Request expected = ((PlaneCall<?>) method.invoke(viaRetrofit, args)).request();
          Request actual = DirectEndpoints.request(direct, method, args);
          String what = method.getDeclaringClass().getName() + "." + method.getName() + " " + Arrays.toString(args);
          assertEquals(expected.url(), actual.url(), what);
          assertEquals(expected.url().toString(), actual.url().toString(), what);
          assertEquals(expected.method(), actual.method(), what);
          assertEquals(expected.headers(), actual.headers(), what);
          assertEquals(expected.body(), actual.body(), what);
          Invocation invocation = actual.tag(Invocation.class);
          assertNotNull(invocation, what);
          assertEquals(method, invocation.method());
          assertEquals(Arrays.asList(args), invocation.arguments());
          assertEquals(method.getName(), ((PlaneCall<?>) method.invoke(direct, args)).request().tag(Invocation.class).method().getName());
          compared++;
        }
      }
    }
    assertTrue(compared > 1000, "compared only " + compared);
  }

  @Test
  void pathTraversalIsRefusedAsRetrofitRefusesIt() throws Exception {
    Method get = getWorkItem();
    Class<?> endpoints = get.getDeclaringClass();
    Object direct = DirectEndpoints.create(retrofit, cast(endpoints));
    Object viaRetrofit = retrofit.create(endpoints);
    for (String dots : new String[] {".", ".."}) {
      Object[] args = {dots, UUID.randomUUID(), UUID.randomUUID(), null, null};
      IllegalArgumentException ours = assertThrows(IllegalArgumentException.class, () -> invoke(get, direct, args));
      IllegalArgumentException theirs = assertThrows(IllegalArgumentException.class, () -> invoke(get, viaRetrofit, args));
      assertTrue(ours.getMessage().contains("path traversal"), ours.getMessage());
      assertTrue(theirs.getMessage().contains("path traversal"), theirs.getMessage());
    }
  }

  @Test
  void aNullPathValueFailsBeforeAnythingIsBuilt() throws Exception {
    Method get = getWorkItem();
    Class<?> endpoints = get.getDeclaringClass();
    Object direct = DirectEndpoints.create(retrofit, cast(endpoints));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> invoke(get, direct, new Object[] {null, UUID.randomUUID(), UUID.randomUUID(), null, null}));
    assertEquals("path parameter slug must not be null", e.getMessage());
  }

  private static Method getWorkItem() throws ClassNotFoundException {
    Class<?> endpoints = Class.forName("io.github.planesdk.api.WorkItemsApi$Endpoints");
    Method get = Arrays.stream(endpoints.getDeclaredMethods())
        .filter(m -> m.getName().equals("getWorkItem")).findFirst().orElseThrow();
    get.setAccessible(true);
    return get;
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @SuppressWarnings("unchecked")
  private static <S> Class<S> cast(Class<?> type) {
    return (Class<S>) type;
  }

  /** Every generated API class's {@code Endpoints}, v1 and v2. */
  private static List<Class<?>> endpointInterfaces() throws Exception {
    List<Class<?>> result = new ArrayList<>();
    for (String pkg : new String[] {"io.github.planesdk.api", "io.github.planesdk.v2.api"}) {
      File dir = new File(DirectEndpointsTest.class.getClassLoader().getResource(pkg.replace('.', '/')).toURI());
      for (String file : dir.list()) {
        if (file.endsWith("Api$Endpoints.class")) {
          result.add(Class.forName(pkg + "." + file.substring(0, file.length() - ".class".length())));
        }
      }
    }
    assertTrue(result.size() > 40, "found only " + result);
    return result;
  }

  /** Awkward values of each parameter's type; optional queries left out in every other variant. */
  private static Object[] arguments(Method method, int variant) {
    Type[] types = method.getGenericParameterTypes();
    Annotation[][] annotations = method.getParameterAnnotations();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      boolean query = Arrays.stream(annotations[i]).anyMatch(a -> a instanceof retrofit2.http.Query);
      if (query && variant % 2 == 1) {
        continue;
      }
      String text = AWKWARD[(variant + i) % AWKWARD.length];
      args[i] = value(types[i], text, annotations[i]);
    }
    return args;
  }

  private static Object value(Type type, String text, Annotation[] annotations) {
    AllowedValues names =
        (AllowedValues) Arrays.stream(annotations).filter(a -> a instanceof AllowedValues).findFirst().orElse(null);
    if (type == String.class) {
      // a single-valued name the spec lists (v2's paginate), or any text
      return names == null ? text : names.value()[text.length() % names.value().length];
    } else if (type == UUID.class) {
      return UUID.nameUUIDFromBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } else if (type == Integer.class) {
      return 1 + Math.abs(text.hashCode() % 100);
    } else if (type == Boolean.class) {
      return text.length() % 2 == 0;
    } else if (type == LocalDate.class) {
      return LocalDate.of(2026, 11, 30);
    } else if (type == OffsetDateTime.class) {
      return OffsetDateTime.parse("2026-11-30T12:34:56.789+05:30");
    } else if (type == URI.class) {
      return URI.create("https://x.test/a%20b?c=d+e&f=%C3%BC");
    } else if (type == CSVParams.class) {
      if (names != null) {
        return new CSVParams(names.value()[0], names.value()[names.value().length - 1]);
      }
      return new CSVParams(text, "x y", "é+%");
    } else if (type.getTypeName().equals("java.util.List<java.lang.String>")) {
      return Arrays.asList(text, null, "x y/z");
    }
    throw new AssertionError("no awkward value for " + type);
  }
}
