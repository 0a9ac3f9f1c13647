package io.github.planesdk.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No generated model shares its simple name with a public class of {@code java.lang} or of the
 * SDK's own packages, so any of them can be imported by wildcard beside the models.
 */
class ModelNamesTest {
  private static final List<String> MODEL_PACKAGES =
      List.of("io.github.planesdk.model", "io.github.planesdk.v2.model");
  /**
   * Every package of the hand-written overlay (from its sources, so a new one is not missed) and
   * the generated API packages; {@code internal} and {@code conformance} are not the SDK's API.
   */
  private static final List<String> SDK_PACKAGES = sdkPackages();

  private static List<String> sdkPackages() {
    Path root = Path.of("src/main/java");
    List<String> packages = new ArrayList<>(List.of("io.github.planesdk.api", "io.github.planesdk.v2.api"));
    try (Stream<Path> dirs = Files.walk(root.resolve("io/github/planesdk"))) {
      dirs.filter(Files::isDirectory)
          .map(dir -> root.relativize(dir).toString().replace(java.io.File.separatorChar, '.'))
          .filter(pkg -> !pkg.endsWith(".internal") && !pkg.endsWith(".conformance"))
          .forEach(packages::add);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertTrue(packages.contains("io.github.planesdk.bulk"), "overlay packages not found: " + packages);
    return packages;
  }

  @TempDir Path out;

  @Test
  void noModelNameIsTakenElsewhere() throws Exception {
    Map<String, String> taken = new TreeMap<>();
    for (String name : javaLang()) {
      taken.put(name, "java.lang");
    }
    for (String pkg : SDK_PACKAGES) {
      for (String name : publicClasses(pkg)) {
        taken.put(name, pkg);
      }
    }
    List<String> clashes = new ArrayList<>();
    for (String pkg : MODEL_PACKAGES) {
      List<String> models = publicClasses(pkg);
      assertTrue(models.size() > 100, pkg + " has " + models.size() + " classes");
      for (String model : models) {
        if (taken.containsKey(model)) {
          clashes.add(pkg + "." + model + " vs " + taken.get(model) + "." + model);
        }
      }
    }
    assertEquals(List.of(), clashes);
  }

  @Test
  void theModelsThePagingAndTheRequestsImportTogether() {
    String imports =
        "import io.github.planesdk.*;\n"
            + "import io.github.planesdk.errors.*;\n"
            + "import io.github.planesdk.paging.*;\n"
            + "import io.github.planesdk.request.*;\n";
    String uses =
        "  Page<Project> page;\n"
            + "  WikiPage wikiPage;\n"
            + "  ProjectModule module;\n"
            + "  Module javaModule = getClass().getModule();\n";
    assertEquals(
        "",
        Javac.compile(
            out,
            Map.of(
                "V1.java",
                imports + "import io.github.planesdk.model.*;\nclass V1 {\n" + uses + "}\n",
                "V2.java",
                imports + "import io.github.planesdk.v2.model.*;\nclass V2 {\n" + uses + "}\n")));
  }

  /** The public top-level classes of {@code java.lang} in the running JDK. */
  private static List<String> javaLang() throws IOException {
    Path lang = FileSystems.getFileSystem(URI.create("jrt:/")).getPath("/modules/java.base/java/lang");
    try (Stream<Path> files = Files.list(lang)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$"))
          .map(n -> n.substring(0, n.length() - ".class".length()))
          .filter(n -> isPublic("java.lang." + n))
          .collect(Collectors.toList());
    }
  }

  private static List<String> publicClasses(String pkg) throws IOException, URISyntaxException {
    return SdkClasses.publicIn(pkg).stream().map(Class::getSimpleName).collect(Collectors.toList());
  }

  private static boolean isPublic(String className) {
    try {
      return Modifier.isPublic(
          Class.forName(className, false, ModelNamesTest.class.getClassLoader()).getModifiers());
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
