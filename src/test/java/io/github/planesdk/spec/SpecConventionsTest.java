package io.github.planesdk.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules of the bundled spec that come from the real server: every path ends with a slash (the
 * server answers 301 without it and the client does not follow redirects), and every id
 * parameter says whose id it is (the lint rule {@code id-parameter-names-its-object} checks the
 * source files; this checks the bundle the SDK is generated from).
 */
class SpecConventionsTest {
  private static final Pattern ID_PARAMETER = Pattern.compile("^pk$|^(?!external_).*_id$");
  private static final Pattern NAMES_ITS_OBJECT = Pattern.compile("^The [^.]+ id\\b");
  private static Map<String, Object> spec;

  @BeforeAll
  static void load() {
    spec = Bundles.load(Bundles.V1);
  }

  @Test
  void everyPathEndsWithASlash() {
    List<String> unslashed = new ArrayList<>();
    for (String path : paths().keySet()) {
      if (!path.endsWith("/")) {
        unslashed.add(path);
      }
    }
    assertEquals(List.of(), unslashed);
  }

  @Test
  void everyIdParameterNamesItsObject() {
    TreeSet<String> vague = new TreeSet<>();
    for (Map<String, Object> parameter : parameters()) {
      String name = (String) parameter.get("name");
      String description = (String) parameter.get("description");
      if (ID_PARAMETER.matcher(name).find()
          && (description == null || !NAMES_ITS_OBJECT.matcher(description).find())) {
        vague.add(parameter.get("in") + " " + name + ": " + description);
      }
    }
    assertEquals(new TreeSet<>(), vague);
  }

  @Test
  void aProjectMemberIdIsTheMembershipNotTheUser() {
    assertDescribed(
        "/api/v1/workspaces/{slug}/projects/{project_id}/project-members/{member_id}/",
        "member_id", "The project membership id", "not the user id");
  }

  @Test
  void anIntakeItemIsFoundByItsWorkItemId() {
    assertDescribed(
        "/api/v1/workspaces/{slug}/projects/{project_id}/intake-issues/{issue_id}/",
        "issue_id", "The work item id", "not the intake item");
  }

  private static void assertDescribed(String path, String name, String start, String saying) {
    for (Map<String, Object> parameter : parametersOf(paths().get(path))) {
      if (name.equals(parameter.get("name"))) {
        String description = ((String) parameter.get("description")).replaceAll("\\s+", " ");
        assertTrue(description.startsWith(start), description);
        assertTrue(description.contains(saying), description);
        return;
      }
    }
    throw new AssertionError(path + " has no parameter " + name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> paths() {
    return (Map<String, Map<String, Object>>) spec.get("paths");
  }

  /** Every parameter of every path and operation, references resolved. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> parameters() {
    List<Map<String, Object>> all = new ArrayList<>();
    for (Map<String, Object> item : paths().values()) {
      all.addAll(parametersOf(item));
      for (Object operation : item.values()) {
        if (operation instanceof Map) {
          all.addAll(parametersOf((Map<String, Object>) operation));
        }
      }
    }
    return all;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> parametersOf(Map<String, Object> holder) {
    List<Map<String, Object>> resolved = new ArrayList<>();
    Object list = holder.get("parameters");
    if (!(list instanceof List)) {
      return resolved;
    }
    Map<String, Object> components = (Map<String, Object>) spec.get("components");
    Map<String, Object> shared = (Map<String, Object>) components.get("parameters");
    for (Object entry : (List<Object>) list) {
      Map<String, Object> parameter = (Map<String, Object>) entry;
      Object ref = parameter.get("$ref");
      if (ref != null) {
        String name = ((String) ref).substring(((String) ref).lastIndexOf('/') + 1);
        parameter = (Map<String, Object>) shared.get(name);
      }
      resolved.add(parameter);
    }
    return resolved;
  }
}
