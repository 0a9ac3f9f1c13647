package io.github.planesdk.surface;

import io.github.planesdk.PlaneClient;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The classes of an SDK package, listed from the classes the build compiled. */
final class SdkClasses {
  private SdkClasses() {}

  /** The public top-level classes of {@code pkg}. */
  static List<Class<?>> publicIn(String pkg) throws IOException, URISyntaxException {
    Path classes =
        Path.of(PlaneClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    try (Stream<Path> files = Files.list(classes.resolve(pkg.replace('.', '/')))) {
      names =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.contains("-"))
              .map(n -> pkg + "." + n.substring(0, n.length() - ".class".length()))
              .collect(Collectors.toList());
    }
    List<Class<?>> found = new ArrayList<>();
    for (String name : names) {
      try {
        Class<?> c = Class.forName(name, false, SdkClasses.class.getClassLoader());
        if (Modifier.isPublic(c.getModifiers())) {
          found.add(c);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        throw new AssertionError("cannot load " + name, e);
      }
    }
    return found;
  }
}
