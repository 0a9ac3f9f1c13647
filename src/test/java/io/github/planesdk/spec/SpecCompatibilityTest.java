package io.github.planesdk.spec;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The build's spec-change gate for both API versions (v1 and v2, each against its released
 * baseline), and proof that it catches each kind of breaking change.
 */
class SpecCompatibilityTest {
  private static final String RELEASED_DIR = "openapi/released/";
  private static final String V1 = "/io/github/planesdk/plane-openapi.yaml";
  private static final String V2 = "/io/github/planesdk/plane-openapi-v2.yaml";

  /** Each API version's bundle in the jar, and its released baseline in {@code openapi/released/}. */
  private static final Map<String, String> BUNDLES =
      Map.of("plane-openapi.yaml", V1, "plane-openapi-v2.yaml", V2);

  @ParameterizedTest
  @ValueSource(strings = {"plane-openapi.yaml", "plane-openapi-v2.yaml"})
  void currentSpecIsCompatibleWithTheReleasedOne(String file) throws IOException {
    String releasedVersion = read(RELEASED_DIR + "VERSION").trim();
    String currentVersion = System.getProperty("plane.version", "0.0.0");

    SpecCompatibility.Verdict verdict =
        SpecCompatibility.check(
            read(RELEASED_DIR + file), releasedVersion, bundle(BUNDLES.get(file)), currentVersion);

    System.out.println(file + " diff against released " + releasedVersion + ":\n" + verdict.changelog);
    assertTrue(verdict.allowed, file + ": " + verdict.message);
  }

  /** The v2 gate catches a break on its own (one diff of the large v2 bundle is enough to show it). */
  @Test
  void newRequiredV2ParameterIsBreaking() {
    assertBreaking(
        V2,
        spec -> {
          @SuppressWarnings("unchecked")
          Map<String, Object> list =
              (Map<String, Object>) ((Map<String, Object>) paths(spec).get("/api/v2/workspaces/{slug}/projects/")).get("get");
          @SuppressWarnings("unchecked")
          List<Object> parameters = (List<Object>) list.get("parameters");
          parameters.add(Map.of("name", "plane_sdk_scope", "in", "query", "required", true, "schema", Map.of("type", "string")));
        },
        "plane_sdk_scope");
  }

  @Test
  void removedOperationIsBreaking() {
    assertBreaking(spec -> paths(spec).remove("/api/v1/workspaces/{slug}/projects/{project_id}/summary/"),
        "removed operation GET /api/v1/workspaces/{slug}/projects/{project_id}/summary/");
  }

  @Test
  void removedResponseFieldIsBreaking() {
    assertBreaking(spec -> properties(spec, "Project").remove("identifier"), "removed response field `identifier`");
  }

  @Test
  void newRequiredRequestFieldIsBreaking() {
    assertBreaking(
        spec -> {
          Map<String, Object> create = schema(spec, "ProjectCreate");
          properties(spec, "ProjectCreate").put("network", Map.of("type", "integer"));
          @SuppressWarnings("unchecked")
          List<Object> required = (List<Object>) create.get("required");
          required.add("network");
        },
        "network");
  }

  @Test
  void narrowedEnumIsBreaking() {
    assertBreaking(
        spec -> {
          @SuppressWarnings("unchecked")
          Map<String, Object> network = (Map<String, Object>) properties(spec, "Project").get("network");
          network.put("enum", List.of(2));
          network.put("x-enum-varnames", List.of("PUBLIC"));
        },
        "removed enum values [0]");
  }

  @Test
  void firstOptionalParameterIsBreakingForTheSdk() {
    // GET users/me/ has no optional parameter: getCurrentUser() answers a PlaneCall
    assertBreaking(
        spec -> {
          @SuppressWarnings("unchecked")
          Map<String, Object> me = (Map<String, Object>) ((Map<String, Object>) paths(spec).get("/api/v1/users/me/")).get("get");
          me.put("parameters", List.of(Map.of("name", "fields", "in", "query", "schema", Map.of("type", "string"))));
        },
        "operation getCurrentUser gains its first optional parameter [fields]");
  }

  @Test
  void breakingChangeIsAllowedWithANewMajorVersion() throws IOException {
    String released = currentSpec();
    String broken = mutate(released, spec -> paths(spec).remove("/api/v1/users/me/"));

    SpecCompatibility.Verdict verdict = SpecCompatibility.check(released, "0.4.0", broken, "1.0.0-SNAPSHOT");

    assertTrue(verdict.breaking);
    assertTrue(verdict.allowed, verdict.message);
  }

  private static void assertBreaking(Consumer<Map<String, Object>> change, String mentioned) {
    assertBreaking(V1, change, mentioned);
  }

  private static void assertBreaking(String bundle, Consumer<Map<String, Object>> change, String mentioned) {
    String released;
    try {
      released = bundle(bundle);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    SpecCompatibility.Verdict verdict =
        SpecCompatibility.check(released, "0.1.0", mutate(released, change), "0.2.0-SNAPSHOT");

    assertTrue(verdict.breaking, "not detected as breaking:\n" + verdict.changelog);
    assertFalse(verdict.allowed);
    assertTrue(verdict.message.contains("raise the major version"), verdict.message);
    assertTrue(verdict.message.contains(mentioned), "message does not name " + mentioned + ":\n" + verdict.message);
  }

  private static String mutate(String yaml, Consumer<Map<String, Object>> change) {
    Yaml parser = new Yaml();
    Map<String, Object> spec = parser.load(yaml);
    change.accept(spec);
    return parser.dump(spec);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> paths(Map<String, Object> spec) {
    return (Map<String, Object>) spec.get("paths");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> schema(Map<String, Object> spec, String name) {
    Map<String, Object> components = (Map<String, Object>) spec.get("components");
    return (Map<String, Object>) ((Map<String, Object>) components.get("schemas")).get(name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> properties(Map<String, Object> spec, String name) {
    return (Map<String, Object>) schema(spec, name).get("properties");
  }

  private static String currentSpec() throws IOException {
    return bundle(V1);
  }

  private static String bundle(String resource) throws IOException {
    try (InputStream in = SpecCompatibilityTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String read(String path) throws IOException {
    return Files.readString(Paths.get(path));
  }
}
