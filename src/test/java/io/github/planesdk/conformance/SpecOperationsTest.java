package io.github.planesdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Operations, resources and path values come from the spec, not from a list in the code. */
class SpecOperationsTest {
  private final SpecOperations spec = SpecOperations.bundled();

  @Test
  void everyPathAndMethodOfTheBundleIsAnOperation() {
    Map<String, Object> paths = SpecOperations.asMap(((Map<?, ?>) new Yaml().load(spec.text())).get("paths"));
    long expected = paths.entrySet().stream()
        .filter(path -> !path.getKey().startsWith(SpecOperations.OAUTH_APP_PATHS))
        .mapToLong(path -> SpecOperations.asMap(path.getValue()).keySet().stream()
            .filter(k -> List.of("get", "put", "post", "patch", "delete").contains(k)).count())
        .sum();
    assertEquals(expected, spec.all().size());
    assertTrue(spec.all().stream().map(SpecOperation::id).collect(Collectors.toList())
        .containsAll(List.of("getCurrentUser", "listProjects", "createProject", "getProjectSummary")));
  }

  @Test
  void operationsKnowTheirShape() {
    SpecOperation list = spec.find("GET", "/api/v1/workspaces/{}/projects/");
    SpecOperation get = spec.find("GET", "/api/v1/workspaces/{}/projects/{}/");
    assertEquals("listProjects", list.id());
    assertTrue(list.paginated());
    assertFalse(get.paginated());
    assertTrue(get.isDetail());
    assertFalse(list.isDetail());
    assertEquals(List.of("slug", "pk"), get.pathParams());
    assertEquals(201, spec.find("POST", "/api/v1/workspaces/{}/projects/").successStatus());
    assertTrue(list.declaresHeader(200, "x-ratelimit-remaining"));
    assertTrue(get.declares(404));
    assertFalse(get.declares(418));
    assertEquals(Boolean.TRUE, SpecOperations.asMap(spec.find("POST", "/api/v1/workspaces/{}/projects/")
        .requestSchema()).containsKey("required"));
  }

  @Test
  void editionMarksAreRead() {
    SpecOperations marked = SpecOperations.parse(String.join("\n",
        "openapi: 3.0.3",
        "paths:",
        "  /a/:",
        "    get: {operationId: cloudOnly, x-plane-edition: cloud, responses: {'200': {description: ok}}}",
        "    post: {operationId: alias, deprecated: true, responses: {'200': {description: ok}}}",
        "    put: {operationId: hidden, x-plane-undocumented: true, responses: {'200': {description: ok}}}",
        "    patch: {operationId: plain, responses: {'200': {description: ok}}}"));
    Map<String, SpecOperation> byId = marked.all().stream().collect(Collectors.toMap(SpecOperation::id, op -> op));
    assertTrue(byId.get("cloudOnly").cloudOnly());
    assertTrue(byId.get("alias").serverOnly());
    assertTrue(byId.get("hidden").serverOnly());
    assertFalse(byId.get("plain").cloudOnly() || byId.get("plain").serverOnly());
  }

  @Test
  void theWriteLifecycleIsPlannedFromPaths() {
    List<WriteLifecycle.Resource> roots = WriteLifecycle.plan(spec);
    WriteLifecycle.Resource projects = roots.stream()
        .filter(r -> r.create.id().equals("createProject")).findFirst().orElseThrow();
    assertEquals("listProjects", projects.list.id());
    assertEquals("getProject", projects.read.id());
    assertEquals("updateProject", projects.update.id());
    assertEquals("deleteProject", projects.delete.id());
    assertTrue(projects.extras.stream().map(SpecOperation::id).collect(Collectors.toList())
        .containsAll(List.of("archiveProject", "unarchiveProject", "getProjectSummary")));
    assertTrue(projects.children.stream().noneMatch(child -> child.create.id().equals("createProject")));
    // an unarchive (.../archived-cycles/{}/unarchive/) goes with the resource it brings back
    for (String[] kind : new String[][] {{"createCycle", "unarchiveCycle"}, {"createModule", "unarchiveModule"}}) {
      WriteLifecycle.Resource r = projects.children.stream()
          .filter(child -> child.create.id().equals(kind[0])).findFirst().orElseThrow();
      assertTrue(r.extras.stream().anyMatch(op -> op.id().equals(kind[1])), kind[1]);
      assertTrue(projects.extras.stream().noneMatch(op -> op.id().equals(kind[1])), kind[1]);
    }
  }

  @Test
  void bindingsFillPathsByPosition() throws Exception {
    Bindings b = new Bindings("acme").with("/api/v1/workspaces/{}/projects/", "p 1");
    assertEquals("/api/v1/workspaces/acme/projects/p%201/summary/",
        b.fill("/api/v1/workspaces/{slug}/projects/{project_id}/summary/"));
    assertEquals("/api/v1/workspaces/acme/projects/p%201/", b.fill("/api/v1/workspaces/{slug}/projects/{pk}/"));
    Bindings.Unbound u = assertThrows(Bindings.Unbound.class,
        () -> b.fill("/api/v1/workspaces/{slug}/projects/{project_id}/states/{state_id}/"));
    assertEquals("state_id", u.param);
    assertEquals("/api/v1/workspaces/{}/projects/{}/states/", u.collection);
    assertEquals(Map.of("slug", "acme", "pk", "x"),
        Bindings.values("/api/v1/workspaces/{slug}/projects/{pk}/", "/api/v1/workspaces/acme/projects/x/"));
  }

  @Test
  void samplesMakeBodiesTheSpecAccepts() {
    Samples samples = new Samples(spec, "PCABC123");
    SpecOperation create = spec.find("POST", "/api/v1/workspaces/{}/projects/");
    // the name pattern forbids '-'; the create turns every feature switch on
    assertEquals("{\"name\":\"plane conformance PCABC123\",\"identifier\":\"PCABC123\",\"module_view\":true,"
        + "\"cycle_view\":true,\"issue_views_view\":true,\"page_view\":true,\"intake_view\":true}",
        samples.body(create, Map.of(), false));
    SpecOperation update = spec.find("PATCH", "/api/v1/workspaces/{}/projects/{}/");
    assertEquals("{\"name\":\"plane conformance PCABC123 updated\"}", samples.body(update, Map.of(), true));
    assertNull(samples.body(spec.find("POST", "/api/v1/workspaces/{}/projects/{}/archive/"), Map.of(), false));
  }

  @Test
  void samplesObeyAPattern() {
    SpecOperations patterned = SpecOperations.parse(String.join("\n",
        "openapi: 3.0.3",
        "paths:",
        "  /a/:",
        "    post:",
        "      operationId: create",
        "      requestBody: {content: {application/json: {schema: {type: object, required: [title, code],",
        "        properties: {title: {type: string, pattern: '^[A-Z0-9 ]+$'}, code: {type: string, pattern: '^[A-Z0-9]+$'},",
        "          url: {type: string}}}}}}",
        "      responses: {'201': {description: ok}}"));
    Samples samples = new Samples(patterned, "PCABC123");
    assertEquals("{\"title\":\"PLANE CONFORMANCE PCABC123\",\"code\":\"PCABC123\"}",
        samples.body(patterned.all().get(0), Map.of(), false));
  }

  @Test
  void theValidatorReadsAnyValueAdditionalPropertiesAway() {
    String text = spec.textForValidator();
    Map<String, Object> schemas = SpecOperations.asMap(SpecOperations.asMap(
        ((Map<?, ?>) new Yaml().load(text)).get("components")).get("schemas"));
    assertFalse(SpecOperations.asMap(schemas.get("ErrorBody")).containsKey("additionalProperties"));
    Map<String, Object> counts = SpecOperations.asMap(SpecOperations.asMap(
        SpecOperations.asMap(schemas.get("ProjectSummary")).get("properties")).get("counts"));
    assertEquals(Map.of("type", "integer"), counts.get("additionalProperties"), "typed ones stay");
  }
}
