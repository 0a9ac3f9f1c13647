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
import org.yaml.snakeyaml.Yaml;

/** The build's spec-change gate, and proof that it catches each kind of breaking change. */
class SpecCompatibilityTest {
  private static final String RELEASED_DIR = "openapi/released/";

  @Test
  void currentSpecIsCompatibleWithTheReleasedOne() throws IOException {
    String releasedVersion = read(RELEASED_DIR + "VERSION").trim();
    String currentVersion = System.getProperty("plane.version", "0.0.0");

    SpecCompatibility.Verdict verdict =
        SpecCompatibility.check(
            read(RELEASED_DIR + "plane-openapi.yaml"), releasedVersion, currentSpec(), currentVersion);

    System.out.println("spec diff against released " + releasedVersion + ":\n" + verdict.changelog);
    assertTrue(verdict.allowed, verdict.message);
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
  void breakingChangeIsAllowedWithANewMajorVersion() throws IOException {
    String released = currentSpec();
    String broken = mutate(released, spec -> paths(spec).remove("/api/v1/users/me/"));

    SpecCompatibility.Verdict verdict = SpecCompatibility.check(released, "0.4.0", broken, "1.0.0-SNAPSHOT");

    assertTrue(verdict.breaking);
    assertTrue(verdict.allowed, verdict.message);
  }

  private static void assertBreaking(Consumer<Map<String, Object>> change, String mentioned) {
    String released;
    try {
      released = currentSpec();
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
    try (InputStream in = SpecCompatibilityTest.class.getResourceAsStream("/io/github/planesdk/plane-openapi.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String read(String path) throws IOException {
    return Files.readString(Paths.get(path));
  }
}
