package io.github.planesdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check against a fake of the open-source server ({@link OpenSourcePlane}), read-only and
 * with {@code --write}: every Cloud-only operation is "not supported", so is the unrouted
 * estimates family; exactly the faults the fake reproduces are deviations; every skip has a
 * concrete reason, and {@code --write} exercises every routed operation it can. The server has no
 * API v2: two requests tell, and every v2 operation is "not supported" for that reason.
 */
class OpenSourceServerTest {
  private static final SpecOperations SPEC = SpecOperations.bundled();
  private static final SpecOperations V2 = SpecOperations.bundled(ApiVersion.V2);
  /** The lists the bad-input probes reach (the first answering list of each family). */
  private static final List<String> PROBED_LISTS =
      List.of("listProjects", "listStates", "listLabels", "listWorkItems", "listWorkItemComments",
          "listWorkItemLinks", "listWorkItemActivities", "listCycles", "listCyclesLite", "listModules",
          "listModulesLite", "listWorkspaceMembersLite", "listIntakeWorkItems", "listStickies");
  /** The server's faults that only a write reaches. */
  private static final List<String> FAILING_CREATES =
      List.of("createUserServerAssetUpload", "createWorkspaceAssetUpload");

  /** Where each run's console output is kept, for a person to read (the closing note of #10 quotes it). */
  static final Path CONSOLE = Paths.get("target", "conformance-open-source");
  /** The reads of the cycles, modules and intake families, which a project has off until it turns them on. */
  private static final Pattern FEATURE_READ =
      Pattern.compile(".*/projects/\\{[a-z_]+}/[a-z-]*(cycle|module|intake)[a-z-]*/.*");

  static OpenSourcePlane readOnlyFake;
  static OpenSourcePlane writeFake;
  static FakePlane.Run readOnly;
  static FakePlane.Run write;
  static FakePlane.Run defaultProject;

  @BeforeAll
  static void runAll(@TempDir Path reports) throws Exception {
    readOnlyFake = new OpenSourcePlane();
    readOnly = run(readOnlyFake, reports, "read-only");
    writeFake = new OpenSourcePlane();
    write = run(writeFake, reports, "write", "--write");
    defaultProject = run(new OpenSourcePlane(false), reports, "default-project", "--api", "v1");
  }

  private static FakePlane.Run run(OpenSourcePlane fake, Path reports, String name, String... more) throws Exception {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(fake);
    server.start();
    try {
      List<String> args = new ArrayList<>(List.of("--base-url", server.url("/").toString(), "--workspace",
          OpenSourcePlane.WORKSPACE));
      args.addAll(List.of(more));
      FakePlane.Run run = FakePlane.run(reports.resolve(name), args.toArray(new String[0]));
      Files.createDirectories(CONSOLE);
      Files.writeString(CONSOLE.resolve(name + ".txt"), "$ plane-conformance " + String.join(" ", more)
          + "\n" + run.out + "exit " + run.exitCode + ", " + fake.requests.get() + " requests, "
          + fake.throttled.get() + " counted by the rate limit\n");
      return run;
    } finally {
      server.shutdown();
    }
  }

  @Test
  void everyCloudOnlyOperationAndTheEstimatesAreNotSupportedInBothRuns() throws Exception {
    for (FakePlane.Run run : List.of(readOnly, write)) {
      Map<String, String> cases = FakePlane.testcases(run.junit);
      Set<String> expected = new TreeSet<>();
      for (SpecOperation op : SPEC.all()) {
        String verdict = cases.get(op.id());
        if (op.cloudOnly()) {
          expected.add(op.id());
          assertTrue(verdict.startsWith("skipped: not supported: Cloud-only (`x-plane-edition: cloud`)"),
              op.id() + ": " + verdict);
        } else if (op.path().contains("/estimates/")) {
          expected.add(op.id());
          assertTrue(verdict.startsWith("skipped: not supported: documented, but this server version does not route it"),
              op.id() + ": " + verdict);
        }
      }
      assertEquals(notSupported(), expected.size());
      Set<String> v1NotSupported = names(cases, "skipped: not supported");
      v1NotSupported.removeIf(name -> name.startsWith("v2:"));
      assertEquals(expected, v1NotSupported);
    }
  }

  @Test
  void withoutApiV2EveryV2OperationIsNotSupportedAfterTwoRequests() throws Exception {
    int v2 = V2.all().size();
    for (FakePlane.Run run : List.of(readOnly, write)) {
      Map<String, String> cases = FakePlane.testcases(run.junit);
      for (SpecOperation op : V2.all()) {
        String verdict = cases.get(op.key());
        assertTrue(verdict.startsWith("skipped: not supported: this server has no API v2 (/api/v2/ not routed): GET /api/v2/"
            + "workspaces/acme/"), op.key() + ": " + verdict);
        assertTrue(verdict.endsWith("answered 404 with no rate-limit headers (no such route)"), op.key() + ": " + verdict);
      }
      assertTrue(run.out.contains("v2 " + v2 + " operations: 0 pass, 0 deviations, " + v2 + " not supported, 0 skipped"),
          run.out);
      assertTrue(run.out.matches("(?s).*NOT SUPPORTED\\s+" + v2 + " operations: v2:\\S+.*\\n\\s+this server has no API v2 "
          + "\\(/api/v2/ not routed\\)\\n.*"), "one console group, the reason without the requests:\n" + run.out);
    }
    assertEquals(Routes.VERSION_PROBES, readOnlyFake.v2Requests.get());
    assertEquals(Routes.VERSION_PROBES, writeFake.v2Requests.get());
  }

  @Test
  void readOnlyReportsExactlyTheFaultsOfTheFake() throws Exception {
    Map<String, String> cases = FakePlane.testcases(readOnly.junit);
    assertEquals(new TreeSet<>(PROBED_LISTS), names(cases, "failure"));
    for (String op : PROBED_LISTS) {
      assertOnlyBadInputFaults(op, cases.get(op));
    }
    assertEquals(1, readOnly.exitCode, readOnly.out + readOnly.err);
    long skipped = writes() + 3;
    assertTrue(readOnly.out.contains(summary(PROBED_LISTS.size(), skipped)), readOnly.out);
  }

  @Test
  void writeReportsExactlyTheFaultsOfTheFake() throws Exception {
    Map<String, String> cases = FakePlane.testcases(write.junit);
    Set<String> expected = new TreeSet<>(PROBED_LISTS);
    expected.addAll(FAILING_CREATES);
    assertEquals(expected, names(cases, "failure"));
    for (String op : PROBED_LISTS) {
      assertOnlyBadInputFaults(op, cases.get(op));
    }
    assertTrue(cases.get("createUserServerAssetUpload").contains(
        "expected 200, got 500 from POST /api/v1/assets/user-assets/server/"), cases.get("createUserServerAssetUpload"));
    assertTrue(cases.get("createWorkspaceAssetUpload").contains(
        "expected 200, got 500 from POST /api/v1/workspaces/acme/assets/"), cases.get("createWorkspaceAssetUpload"));
    assertEquals(1, write.exitCode, write.out + write.err);
    assertTrue(write.out.contains(summary(PROBED_LISTS.size() + FAILING_CREATES.size(), 10)), write.out);
    assertFalse(write.out.contains("LEFT BEHIND"), "everything the run created was deleted:\n" + write.out);
  }

  /** Cloud-only operations, and the eight of the unrouted estimates family. */
  private static long notSupported() {
    return SPEC.all().stream().filter(SpecOperation::cloudOnly).count() + 8;
  }

  /** The operations a read-only run leaves to --write. */
  private static long writes() {
    return SPEC.all().stream()
        .filter(op -> !op.isRead() && !op.cloudOnly() && !op.path().contains("/estimates/")).count();
  }

  /** The console's v1 count line: every operation that is neither of the others passes. */
  private static String summary(long deviations, long skipped) {
    long all = SPEC.all().size();
    return "v1 " + all + " operations: " + (all - deviations - notSupported() - skipped) + " pass, "
        + deviations + " deviations, " + notSupported() + " not supported, " + skipped + " skipped";
  }

  /** Read-only skips are writes, and the three reads no list of the right kind feeds. */
  @Test
  void readOnlySkipsSayWhy() throws Exception {
    Map<String, String> skips = skips(FakePlane.testcases(readOnly.junit));
    Map<String, String> reads = new TreeMap<>();
    skips.forEach((op, why) -> {
      if (!why.contains("read-only run: --write creates, updates and deletes in a scratch project")) {
        reads.put(op, why);
      }
    });
    assertEquals(writes(), skips.size() - reads.size());
    assertEquals(Set.of("getProjectMember", "getProjectMemberViaMembersAlias", "getWorkspaceAsset"), reads.keySet());
    assertTrue(reads.get("getProjectMember").contains("the list answers users, but the path takes a membership id"),
        reads.get("getProjectMember"));
    assertTrue(reads.get("getWorkspaceAsset").contains("no id for {asset_id}: the spec has no list"), reads.get("getWorkspaceAsset"));
  }

  /** With --write only these are left, each with the server's own refusal or a missing id behind it. */
  @Test
  void writeSkipsSayWhy() throws Exception {
    Map<String, String> skips = skips(FakePlane.testcases(write.junit));
    Map<String, String> expected = new TreeMap<>();
    expected.put("createProjectMember", "{\"error\":\"The payload is not valid\"}");
    expected.put("createProjectMemberViaMembersAlias", "{\"error\":\"The payload is not valid\"}");
    for (String member : List.of("updateProjectMember", "deleteProjectMember")) {
      expected.put(member, "its create createProjectMember did not succeed");
      expected.put(member.replace("Member", "MemberViaMembersAlias"), "its create createProjectMemberViaMembersAlias did not succeed");
    }
    expected.put("getProjectMember", "the path takes a membership id");
    expected.put("getProjectMemberViaMembersAlias", "the path takes a membership id");
    expected.put("getWorkspaceAsset", "no id for {asset_id}");
    expected.put("updateWorkspaceAsset", "its create createWorkspaceAssetUpload did not succeed");
    assertEquals(expected.keySet(), skips.keySet());
    expected.forEach((op, why) -> assertTrue(skips.get(op).contains(why), op + ": " + skips.get(op)));
  }

  @Test
  void theWriteRunSendsAProjectTheServerAcceptsAndEnablesItsFeatures() throws Exception {
    Map<String, String> cases = FakePlane.testcases(write.junit);
    for (String op : List.of("createProject", "createCycle", "createModule", "createIntakeWorkItem",
        "addCycleWorkItems", "addModuleWorkItems", "createWorkItemRelation", "createWorkItemAttachment",
        "getWorkItemAttachment", "removeCycleWorkItem", "removeModuleWorkItem", "deleteUserAsset",
        "deleteUserServerAsset", "deleteWorkItem", "deleteProject", "getWorkItemByIdentifier",
        // only from a completed cycle or module: the run finishes them first, and unarchives before the delete
        "transferCycleWorkItems", "archiveCycle", "unarchiveCycle", "archiveModule", "unarchiveModule")) {
      assertTrue(cases.get(op).startsWith("pass:"), op + ": " + cases.get(op));
    }
  }

  /**
   * A new project has cycles, modules and intake off, and the server refuses their reads with 400:
   * a read-only run skips them with that reason instead of blaming the server.
   */
  @Test
  void aProjectWithItsFeaturesOffIsNoDeviation() throws Exception {
    Map<String, String> cases = FakePlane.testcases(defaultProject.junit);
    Set<String> featureReads = new TreeSet<>();
    for (SpecOperation op : SPEC.all()) {
      if (op.isRead() && !op.cloudOnly() && FEATURE_READ.matcher(op.path()).matches()) {
        featureReads.add(op.id());
        assertTrue(cases.get(op.id()).startsWith("skipped: skipped:")
            && cases.get(op.id()).contains("turned off (" + FEATURE_READ.matcher(op.path()).replaceFirst("$1") + "_view: false)"),
            op.id() + ": " + cases.get(op.id()));
      }
    }
    assertTrue(featureReads.containsAll(List.of("listCycles", "getCycle", "listModules", "getModule",
        "listIntakeWorkItems", "getIntakeWorkItem", "listCycleWorkItems")), featureReads.toString());
    Set<String> faults = new TreeSet<>(PROBED_LISTS);
    faults.removeAll(featureReads);
    assertEquals(faults, names(cases, "failure"));
    assertTrue(defaultProject.out.contains("cycles turned off (cycle_view: false), so GET /api/v1/workspaces/acme/projects/"
        + OpenSourcePlane.PROJECT_ID + "/cycles/ answered 400: {\"error\":\"Cycles are not enabled for this project\"}"),
        defaultProject.out);
  }

  @Test
  void theRunsStayWithinPlanesDefaultLimitForMinutesNotHours() {
    // at 60 requests a minute a run takes (throttled requests / 60) minutes; the README states it
    assertTrue(writeFake.throttled.get() > 200 && writeFake.throttled.get() < 300, writeFake.throttled + " throttled");
    assertTrue(readOnlyFake.throttled.get() > 100 && readOnlyFake.throttled.get() < 200, readOnlyFake.throttled + " throttled");
  }

  private static void assertOnlyBadInputFaults(String op, String testcase) {
    for (String line : testcase.replaceFirst("^failure: ", "").split("\n")) {
      if (line.startsWith("deviation")) {
        assertTrue(line.startsWith("deviation bad input: server error on bad input: GET ")
            && (line.contains("?per_page=0 (per_page below the minimum) answered 500")
                || line.contains("order_by=plane_conformance_no_such_field (order_by an unknown field) answered 500")),
            op + ": " + line);
      }
    }
  }

  private static Set<String> names(Map<String, String> cases, String prefix) {
    return cases.entrySet().stream().filter(e -> e.getValue().startsWith(prefix + ":"))
        .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Map<String, String> skips(Map<String, String> cases) {
    Map<String, String> skips = new TreeMap<>();
    cases.forEach((op, verdict) -> {
      if (verdict.startsWith("skipped: skipped:")) {
        skips.put(op, verdict);
      }
    });
    return skips;
  }
}
