package io.github.planesdk.conformance;

import io.github.planesdk.PlaneCall;
import io.github.planesdk.PlaneClient;
import java.io.File;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The body type each spec operation decodes to in the SDK, read from the generated Retrofit
 * interfaces of {@code io.github.planesdk.api} and {@code io.github.planesdk.v2.api} (nested in
 * the API classes) by their {@code @GET("path")}-style annotations (the paths, {@code /api/v1/...}
 * or {@code /api/v2/...}, keep the versions apart).
 */
final class SdkTypes {
  private final Map<String, Type> byRoute = new HashMap<>();

  private SdkTypes() {}

  static SdkTypes scan() {
    SdkTypes types = new SdkTypes();
    List<Class<?>> interfaces = new ArrayList<>();
    for (ApiVersion version : ApiVersion.values()) {
      interfaces.addAll(apiInterfaces(version.apiPackage));
    }
    for (Class<?> api : interfaces) {
      for (Method m : api.getMethods()) {
        String[] route = route(m);
        if (route != null && m.getGenericReturnType() instanceof ParameterizedType) {
          ParameterizedType call = (ParameterizedType) m.getGenericReturnType();
          if (call.getRawType() == PlaneCall.class) {
            String path = route[1].startsWith("/") ? route[1] : "/" + route[1];
            types.byRoute.put(key(route[0], SpecOperation.shapeOf(path)), call.getActualTypeArguments()[0]);
          }
        }
      }
    }
    return types;
  }

  /** The decoded body type, {@code Void.class} for none, or null when the SDK has no such method. */
  Type bodyType(SpecOperation op) {
    return byRoute.get(key(op.method(), op.shape()));
  }

  private static String key(String method, String shape) {
    return method + " " + shape;
  }

  /** {method, path} from a Retrofit HTTP annotation, or null. */
  private static String[] route(Method m) {
    for (Annotation a : m.getAnnotations()) {
      String method = a.annotationType().getSimpleName();
      if (a.annotationType().getPackageName().equals("retrofit2.http")
          && List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS").contains(method)) {
        try {
          return new String[] {method, (String) a.annotationType().getMethod("value").invoke(a)};
        } catch (ReflectiveOperationException e) {
          return null;
        }
      }
    }
    return null;
  }

  /** Lists the package from wherever the SDK classes live: a directory or a jar. */
  private static List<Class<?>> apiInterfaces(String apiPackage) {
    String dir = apiPackage.replace('.', '/');
    List<String> names = new ArrayList<>();
    try {
      URL location = PlaneClient.class.getProtectionDomain().getCodeSource().getLocation();
      File source = new File(location.toURI());
      if (source.isDirectory()) {
        File[] files = new File(source, dir).listFiles();
        for (File f : files == null ? new File[0] : files) {
          names.add(f.getName());
        }
      } else {
        try (JarFile jar = new JarFile(source)) {
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            String entry = entries.nextElement().getName();
            if (entry.startsWith(dir + "/") && entry.indexOf('/', dir.length() + 1) < 0) {
              names.add(entry.substring(dir.length() + 1));
            }
          }
        }
      }
    } catch (IOException | URISyntaxException | SecurityException e) {
      return List.of();
    }
    List<Class<?>> apis = new ArrayList<>();
    for (String name : names) {
      if (name.endsWith(".class")) {
        try {
          Class<?> c = Class.forName(apiPackage + "." + name.substring(0, name.length() - 6));
          if (c.isInterface()) {
            apis.add(c);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          // not an API interface we can use
        }
      }
    }
    return apis;
  }
}
