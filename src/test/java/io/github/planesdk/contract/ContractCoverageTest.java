package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The gate: every operation in the spec has a contract test that {@link Covers} it. */
class ContractCoverageTest {
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  @Test
  void everyOperationHasAContractTest() throws Exception {
    Set<String> operations = specOperations();
    Set<String> covered = coveredOperations();

    Set<String> missing = new TreeSet<>(operations);
    missing.removeAll(covered);
    Set<String> unknown = new TreeSet<>(covered);
    unknown.removeAll(operations);

    int tested = operations.size() - missing.size();
    System.out.println("contract coverage: " + tested + "/" + operations.size() + " operations");
    assertTrue(unknown.isEmpty(), "@Covers names operations the spec does not have: " + unknown);
    assertEquals(Set.of(), missing, "operations without a contract test");
  }

  @SuppressWarnings("unchecked")
  static Set<String> specOperations() throws IOException {
    try (InputStream in =
        ContractCoverageTest.class.getResourceAsStream("/io/github/planesdk/plane-openapi.yaml")) {
      if (in == null) {
        throw new IllegalStateException("the bundled spec is not on the classpath");
      }
      Map<String, Object> spec = new Yaml().load(in);
      Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
      Set<String> ids = new TreeSet<>();
      for (Map<String, Object> item : paths.values()) {
        for (Map.Entry<String, Object> entry : item.entrySet()) {
          if (METHODS.contains(entry.getKey())) {
            ids.add((String) ((Map<String, Object>) entry.getValue()).get("operationId"));
          }
        }
      }
      return ids;
    }
  }

  private static Set<String> coveredOperations() throws IOException, URISyntaxException {
    Path dir =
        Paths.get(ContractCoverageTest.class.getResource("ContractCoverageTest.class").toURI())
            .getParent();
    String pkg = ContractCoverageTest.class.getPackageName();
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$"))
          .map(n -> load(pkg + "." + n.substring(0, n.length() - ".class".length())))
          .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
          .map(m -> m.getAnnotation(Covers.class))
          .filter(a -> a != null)
          .flatMap(a -> Arrays.stream(a.value()))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

}
