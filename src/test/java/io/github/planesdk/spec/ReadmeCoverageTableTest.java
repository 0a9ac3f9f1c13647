package io.github.planesdk.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's "What is covered" figures are counted from the bundled specs. */
class ReadmeCoverageTableTest {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
  private static final Pattern ROW = Pattern.compile("(?m)^\\| (.+?) \\| \\**(\\d+)\\** \\|$");

  @Test
  void theTableCountsTheSpecsOperations() throws IOException {
    List<Map<String, Object>> v1 = operations("/io/github/planesdk/plane-openapi.yaml");
    List<Map<String, Object>> v2 = operations("/io/github/planesdk/plane-openapi-v2.yaml");
    long oauth = v1.stream().filter(op -> tagged(op, "OAuth")).count();
    long cloudOnly =
        v1.stream().filter(op -> "cloud".equals(op.get("x-plane-edition")) && !tagged(op, "OAuth")).count();
    Map<String, Integer> rows = tableRows();

    assertEquals(v1.size(), rows.get("**in the spec, generated and contract-tested**"));
    assertEquals(v2.size(), rows.get("**API v2 (`openapi/v2/`): in its spec, generated and contract-tested**"));
    assertEquals(oauth, (long) row(rows, "the OAuth app endpoints"));
    assertEquals(cloudOnly, (long) row(rows, "of which Plane Cloud only"));
    assertEquals(
        v1.size(),
        row(rows, "documented in the Plane API docs") + row(rows, "served by the open-source server")
            + row(rows, "the OAuth app endpoints"));
  }

  @Test
  void theIntroAndTheAddedFamiliesCountTheSpecsOperations() throws IOException {
    List<Map<String, Object>> v1 = operations("/io/github/planesdk/plane-openapi.yaml");
    String readme = Files.readString(Path.of("README.md"));
    long oauth = v1.stream().filter(op -> tagged(op, "OAuth")).count();
    long collections = v1.stream().filter(op -> tagged(op, "Collections")).count();
    long lite = v1.stream().filter(op -> String.valueOf(op.get("operationId")).endsWith("Lite")).count();

    assertTrue(readme.contains("all " + (v1.size() - oauth) + " operations of\nv1"), "intro count");
    assertTrue(readme.contains("collections (" + collections + " operations"), "collections count");
    assertTrue(readme.contains("lists (" + lite + ")"), "lite list count");
  }

  private static Map<String, Integer> tableRows() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("## What is covered");
    String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
    Map<String, Integer> rows = new LinkedHashMap<>();
    Matcher m = ROW.matcher(section);
    while (m.find()) {
      rows.put(m.group(1), Integer.valueOf(m.group(2)));
    }
    return rows;
  }

  /** The row whose label starts so. */
  private static int row(Map<String, Integer> rows, String start) {
    return rows.entrySet().stream()
        .filter(e -> e.getKey().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no README row " + start + " in " + rows.keySet()))
        .getValue();
  }

  private static boolean tagged(Map<String, Object> operation, String tag) {
    return operation.get("tags") instanceof List && ((List<?>) operation.get("tags")).contains(tag);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> operations(String bundle) throws IOException {
    Map<String, Object> spec = Bundles.load(bundle);
    List<Map<String, Object>> operations = new ArrayList<>();
    for (Object item : ((Map<String, Object>) spec.get("paths")).values()) {
      ((Map<String, Object>) item)
          .forEach(
              (method, operation) -> {
                if (METHODS.contains(method)) {
                  operations.add((Map<String, Object>) operation);
                }
              });
    }
    return operations;
  }
}
