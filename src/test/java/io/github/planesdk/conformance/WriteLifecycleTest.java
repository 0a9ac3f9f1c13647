package io.github.planesdk.conformance;

import static io.github.planesdk.conformance.FakePlane.PROJECTS;
import static io.github.planesdk.conformance.FakePlane.json;
import static io.github.planesdk.conformance.FakePlane.noContent;
import static io.github.planesdk.conformance.FakePlane.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write lifecycle against a fake that records requests: cleanup runs whatever fails first. */
class WriteLifecycleTest {
  static final String EXISTING = "33333333-3333-4333-8333-333333333333";
  static final String SCRATCH = "44444444-4444-4444-8444-444444444444";
  static final String SCRATCH_PATH = PROJECTS + SCRATCH + "/";

  final MockWebServer server = new MockWebServer();

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void aFailedUpdateStillDeletesTheScratchProject(@TempDir Path reports) throws Exception {
    Recording fake = new Recording(Map.of("PATCH " + SCRATCH_PATH, json(500, "{\"error\":\"boom\"}")));
    FakePlane.Run run = runWrite(fake, reports);

    assertEquals(1, run.exitCode, run.out);
    String update = FakePlane.testcases(run.junit).get("updateProject");
    assertTrue(update.startsWith("failure:") && update.contains("status 500 from PATCH " + SCRATCH_PATH + " is not declared"), update);
    assertDeletedAfter(fake.requests, "PATCH " + SCRATCH_PATH);
    assertFalse(run.out.contains("LEFT BEHIND"), run.out);
  }

  @Test
  void aDroppedConnectionStillDeletesTheScratchProject(@TempDir Path reports) throws Exception {
    Recording fake = new Recording(Map.of("PATCH " + SCRATCH_PATH,
        new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST)));
    FakePlane.Run run = runWrite(fake, reports);

    assertEquals(1, run.exitCode, run.out);
    String update = FakePlane.testcases(run.junit).get("updateProject");
    assertTrue(update.contains("got no answer"), update);
    assertDeletedAfter(fake.requests, "PATCH " + SCRATCH_PATH);
  }

  @Test
  void aFailedDeleteIsReportedAsLeftBehind(@TempDir Path reports) throws Exception {
    Recording fake = new Recording(Map.of("DELETE " + SCRATCH_PATH, json(500, "{\"error\":\"boom\"}")));
    FakePlane.Run run = runWrite(fake, reports);

    assertEquals(1, run.exitCode, run.out);
    assertTrue(run.out.contains("LEFT BEHIND   " + SCRATCH_PATH + " could not be deleted"), run.out);
    assertTrue(run.html.contains("Left behind"), run.html);
  }

  @Test
  void theLifecycleRunsInOrderWithBodiesTheSpecAccepts(@TempDir Path reports) throws Exception {
    Recording fake = new Recording(Map.of());
    FakePlane.Run run = runWrite(fake, reports);

    List<String> projectPaths = List.of(PROJECTS, SCRATCH_PATH, SCRATCH_PATH + "summary/", SCRATCH_PATH + "archive/");
    List<String> scratch = fake.requests.stream()
        .map(r -> r.replaceAll(" \\{.*", ""))
        .filter(r -> projectPaths.contains(r.substring(r.indexOf(' ') + 1)))
        .filter(r -> r.contains(SCRATCH) || r.startsWith("POST "))
        .collect(Collectors.toList());
    assertEquals(
        List.of(
            "POST " + PROJECTS,
            "POST " + PROJECTS, // the malformed-JSON probe, once a create has worked
            "PATCH " + SCRATCH_PATH,
            "GET " + SCRATCH_PATH,
            "GET " + SCRATCH_PATH + "summary/",
            "POST " + SCRATCH_PATH + "archive/",
            "DELETE " + SCRATCH_PATH + "archive/",
            "DELETE " + SCRATCH_PATH,
            "GET " + SCRATCH_PATH),
        scratch);
    String create = fake.requests.stream().filter(r -> r.startsWith("POST " + PROJECTS + " ")).findFirst().get();
    assertTrue(create.matches(".*\"name\":\"plane conformance PC[0-9A-F]{6}\".*"), create);
    assertTrue(create.matches(".*\"identifier\":\"PC[0-9A-F]{6}\".*"), create);
    Map<String, String> cases = FakePlane.testcases(run.junit);
    for (String op : List.of("createProject", "getProject", "updateProject", "listProjects", "deleteProject",
        "archiveProject", "unarchiveProject", "getProjectSummary")) {
      assertTrue(cases.get(op).startsWith("pass:"), op + ": " + cases.get(op));
    }
    assertTrue(cases.get("getProject").contains("gone after delete"), cases.get("getProject"));
    assertTrue(cases.get("listProjects").contains("the created item " + SCRATCH + " is listed"), cases.get("listProjects"));
    assertFalse(run.out.contains("LEFT BEHIND"), run.out);
  }

  private FakePlane.Run runWrite(Recording fake, Path reports) throws Exception {
    server.setDispatcher(fake);
    server.start();
    return FakePlane.run(reports, "--base-url", server.url("/").toString(), "--workspace", "acme", "--write");
  }

  private static void assertDeletedAfter(List<String> requests, String failedStep) {
    int failed = indexOf(requests, failedStep);
    int deleted = indexOf(requests, "DELETE " + SCRATCH_PATH);
    assertTrue(failed >= 0 && deleted > failed, "expected the delete after " + failedStep + " in " + requests);
  }

  private static int indexOf(List<String> requests, String prefix) {
    for (int i = 0; i < requests.size(); i++) {
      if (requests.get(i).equals(prefix) || requests.get(i).startsWith(prefix + " ")) {
        return i;
      }
    }
    return -1;
  }

  /** A well-behaved server (one existing project; creates make the scratch one) that records requests. */
  static final class Recording extends Dispatcher {
    final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, MockResponse> faults;
    private volatile boolean scratchDeleted;

    Recording(Map<String, MockResponse> faults) {
      this.faults = faults;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String line = request.getMethod() + " " + request.getRequestUrl().encodedPath();
      String body = request.getBody().readUtf8();
      requests.add(body.isEmpty() ? line : line + " " + body);
      if (request.getHeader("X-API-Key") == null) {
        return new MockResponse().setResponseCode(401).setHeader("Content-Type", "application/json")
            .setBody("{\"detail\":\"Authentication credentials were not provided.\"}");
      }
      if (!FakePlane.KEY.equals(request.getHeader("X-API-Key"))) {
        return new MockResponse().setResponseCode(403).setHeader("Content-Type", "application/json")
            .setBody("{\"detail\":\"Invalid API key.\"}");
      }
      if (faults.containsKey(line)) {
        return faults.get(line);
      }
      switch (line) {
        case "GET /api/v1/users/me/":
          return json(200, FakePlane.user());
        case "GET " + PROJECTS:
          List<String> items = scratchDeleted
              ? List.of(project(EXISTING, "Existing"))
              : List.of(project(EXISTING, "Existing"), project(SCRATCH, "Scratch"));
          String page = FakePlane.pageOf(items, request.getRequestUrl());
          return json(page.startsWith("{\"detail\"") ? 400 : 200, page);
        case "POST " + PROJECTS:
          return json(201, project(SCRATCH, "Scratch"));
        case "DELETE " + SCRATCH_PATH:
          scratchDeleted = true;
          return noContent();
        case "POST " + SCRATCH_PATH + "archive/":
        case "DELETE " + SCRATCH_PATH + "archive/":
          return noContent();
        default:
          break;
      }
      String path = request.getRequestUrl().encodedPath();
      for (String id : new String[] {EXISTING, SCRATCH}) {
        if (id.equals(SCRATCH) && scratchDeleted) {
          continue;
        }
        if (path.equals(PROJECTS + id + "/")) {
          return request.getMethod().equals("PATCH")
              ? json(200, project(id, "Scratch updated"))
              : json(200, project(id, "Project"));
        }
        if (path.equals(PROJECTS + id + "/summary/")) {
          return json(200, "{\"id\":\"" + id + "\",\"name\":\"P\",\"identifier\":\"P\",\"counts\":{\"states\":5}}");
        }
      }
      return json(404, "{\"error\":\"The requested resource does not exist.\"}");
    }
  }
}
