package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The coverage gate's counting, on a three-operation spec: what an emptied, a disabled, a failing
 * or a refused contract test does to the count.
 */
class CoverageCountingTest {
  private static final OperationIndex SPEC =
      OperationIndex.fromYamlLines(
          "paths:",
          "  /api/v1/workspaces/{slug}/work-items/search/:",
          "    get: {operationId: searchWorkItems}",
          "  /api/v1/workspaces/{slug}/work-items/{project_identifier}-{issue_identifier}/:",
          "    get: {operationId: getWorkItemByIdentifier}",
          "  /api/v1/workspaces/{slug}/stickies/{sticky_id}/:",
          "    parameters: []",
          "    get: {operationId: getSticky}",
          "    delete: {operationId: deleteSticky}");

  private static final String STICKY = "/api/v1/workspaces/acme/stickies/0b1c2d3e/";

  @Test
  void allExercisedPassesTheGate() {
    CallLog log = new CallLog();
    run(log, "search", true, call("GET", "/api/v1/workspaces/acme/work-items/search/?search=x", 200));
    run(log, "byIdentifier", true, call("GET", "/api/v1/workspaces/acme/work-items/WEB-12/", 200));
    run(log, "sticky", true, call("GET", STICKY, 200), call("DELETE", STICKY, 204));

    ContractCoverage coverage = ContractCoverage.count(SPEC, log.checkedCalls());

    assertEquals("4/4", coverage.ratio());
    assertEquals(Set.of(), coverage.missing());
  }

  @Test
  void anEmptiedTestFailsTheGate() {
    CallLog log = new CallLog();
    run(log, "search", true, call("GET", "/api/v1/workspaces/acme/work-items/search/", 200));
    run(log, "byIdentifier", true, call("GET", "/api/v1/workspaces/acme/work-items/WEB-12/", 200));
    run(log, "sticky", true, call("GET", STICKY, 200));
    run(log, "deleteSticky (emptied: passes, sends nothing)", true);

    ContractCoverage coverage = ContractCoverage.count(SPEC, log.checkedCalls());

    assertEquals("3/4", coverage.ratio());
    assertEquals(Set.of("deleteSticky"), coverage.missing());
  }

  @Test
  void aDisabledTestFailsTheGate() {
    CallLog log = new CallLog(); // @Disabled: JUnit never starts it, so nothing is logged for it
    run(log, "search", true, call("GET", "/api/v1/workspaces/acme/work-items/search/", 200));
    run(log, "sticky", true, call("GET", STICKY, 200), call("DELETE", STICKY, 204));

    assertEquals(
        Set.of("getWorkItemByIdentifier"), ContractCoverage.count(SPEC, log.checkedCalls()).missing());
  }

  @Test
  void aRequestOfAFailedTestDoesNotCount() {
    CallLog log = new CallLog();
    run(log, "sticky", false, call("GET", STICKY, 200), call("DELETE", STICKY, 204));

    assertEquals("0/4", ContractCoverage.count(SPEC, log.checkedCalls()).ratio());
  }

  @Test
  void aRequestTheMockRefusedDoesNotCount() {
    CallLog log = new CallLog();
    run(log, "sticky", true, new CallLog.ServedCall("DELETE", STICKY, 422, true));

    assertEquals(Set.of(), ContractCoverage.count(SPEC, log.checkedCalls()).exercised);
  }

  @Test
  void aRequestSentOutsideAnyTestDoesNotCount() {
    CallLog log = new CallLog();
    log.served(call("GET", STICKY, 200));
    run(log, "later", true);

    assertEquals(List.of(), log.checkedCalls());
  }

  @Test
  void literalPathsWinOverTemplates() {
    assertEquals(
        Optional.of("searchWorkItems"),
        SPEC.operationOf("GET", "/api/v1/workspaces/acme/work-items/search/"));
    assertEquals(
        Optional.of("getWorkItemByIdentifier"),
        SPEC.operationOf("GET", "/api/v1/workspaces/acme/work-items/WEB-12/"));
    assertEquals(Optional.empty(), SPEC.operationOf("POST", STICKY));
    assertEquals(Optional.empty(), SPEC.operationOf("GET", "/api/v1/workspaces/acme/stickies/a/b/"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/io/github/planesdk/plane-openapi.yaml", V2Spec.BUNDLE})
  void theBundledSpecMapsEveryOperationToItself(String bundle) {
    OperationIndex index = OperationIndex.fromResource(bundle);
    Map<String, Object> spec = new Yaml().load(getClass().getResourceAsStream(bundle));
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
    paths.forEach(
        (template, item) ->
            item.forEach(
                (method, operation) -> {
                  if (operation instanceof Map && ((Map<?, ?>) operation).containsKey("operationId")) {
                    String sample = template.replaceAll("\\{[^}]+}", "x1");
                    assertEquals(
                        Optional.of(((Map<?, ?>) operation).get("operationId")),
                        index.operationOf(method, sample),
                        method + " " + sample);
                  }
                }));
  }

  private static CallLog.ServedCall call(String method, String path, int status) {
    return new CallLog.ServedCall(method, path, status, false);
  }

  private static void run(CallLog log, String test, boolean passed, CallLog.ServedCall... calls) {
    log.testStarted(test);
    for (CallLog.ServedCall call : calls) {
      log.served(call);
    }
    log.testFinished(test, passed);
  }
}
