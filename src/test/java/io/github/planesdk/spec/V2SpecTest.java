package io.github.planesdk.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The bundled v2 spec in the jar holds every operation of {@code v2/endpoints-v2.tsv} (Plane's
 * documented API v2), with its method, path and success status, and nothing else.
 */
class V2SpecTest {
  private static final String BUNDLE = "/io/github/planesdk/plane-openapi-v2.yaml";
  private static final String ENDPOINTS = "/v2/endpoints-v2.tsv";
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  /** One row of the endpoint list: the columns this test checks. */
  private static final class Endpoint {
    final String method;
    final String path;
    final String status;
    final boolean seenOnlyLive;

    Endpoint(String[] columns) {
      method = columns[1].toLowerCase(Locale.ROOT);
      path = columns[2];
      status = columns[4];
      seenOnlyLive = columns[9].startsWith("developers.plane.so");
    }

    @Override
    public String toString() {
      return method.toUpperCase(Locale.ROOT) + " " + path;
    }
  }

  private static List<Endpoint> endpoints;
  private static Map<String, Map<String, Object>> operations;

  @BeforeAll
  static void load() throws IOException {
    endpoints = readEndpoints();
    operations = readOperations();
  }

  @Test
  void everyDocumentedOperationIsInTheSpecWithItsSuccessStatus() {
    List<String> problems = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      Map<String, Object> operation = operations.get(endpoint.toString());
      if (operation == null) {
        problems.add(endpoint + ": missing");
      } else if (!responses(operation).containsKey(endpoint.status)) {
        problems.add(endpoint + ": no " + endpoint.status + " response, has " + responses(operation).keySet());
      }
    }
    assertTrue(problems.isEmpty(), problems.size() + " of " + endpoints.size() + " rows: " + problems);
    assertEquals(419, endpoints.size(), "rows in endpoints-v2.tsv");
  }

  @Test
  void theSpecHasNoOperationTheListLacks() {
    Set<String> listed = new HashSet<>();
    endpoints.forEach(endpoint -> listed.add(endpoint.toString()));
    Set<String> extra = new HashSet<>(operations.keySet());
    extra.removeAll(listed);
    assertTrue(extra.isEmpty(), "operations not in endpoints-v2.tsv: " + extra);
  }

  @Test
  void everyOperationIsCloudOnlyWithAUniqueOperationId() {
    Set<String> ids = new HashSet<>();
    operations.forEach((name, operation) -> {
      assertEquals("cloud", operation.get("x-plane-edition"), name + ": x-plane-edition");
      String id = (String) operation.get("operationId");
      assertNotNull(id, name + ": operationId");
      assertTrue(ids.add(id), "operationId used twice: " + id);
    });
  }

  @Test
  void operationsWithInferredPathsSaySo() {
    long inferred = endpoints.stream().filter(endpoint -> endpoint.seenOnlyLive).count();
    assertEquals(13, inferred, "rows seen only on the live site");
    for (Endpoint endpoint : endpoints) {
      if (endpoint.seenOnlyLive) {
        String description =
            String.valueOf(operations.get(endpoint.toString()).get("description")).toLowerCase(Locale.ROOT);
        assertTrue(description.contains("live site") && description.contains("inferred"), endpoint + ": " + description);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> responses(Map<String, Object> operation) {
    return (Map<String, Object>) operation.get("responses");
  }

  private static List<Endpoint> readEndpoints() throws IOException {
    List<Endpoint> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(open(ENDPOINTS), StandardCharsets.UTF_8))) {
      reader.readLine(); // the header
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          rows.add(new Endpoint(line.split("\t", -1)));
        }
      }
    }
    return rows;
  }

  /** Every operation of the bundle, keyed "METHOD path". */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> readOperations() throws IOException {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(16 * 1024 * 1024);
    Map<String, Map<String, Object>> found = new LinkedHashMap<>();
    try (InputStream in = open(BUNDLE)) {
      Map<String, Object> spec = new Yaml(options).load(in);
      Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
      paths.forEach((path, item) -> item.forEach((method, operation) -> {
        if (METHODS.contains(method)) {
          found.put(method.toUpperCase(Locale.ROOT) + " " + path, (Map<String, Object>) operation);
        }
      }));
    }
    return found;
  }

  private static InputStream open(String resource) {
    InputStream in = V2SpecTest.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is not on the classpath");
    }
    return in;
  }
}
