package io.github.planesdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --api v2} against a server that has API v2 ({@link CloudV2Plane}): the v2 envelope rules
 * hold on a real walk in both page styles, errors are problems, and each rule broken is named.
 */
class CloudV2ServerTest {
  @Test
  void aServerWithV2PassesTheEnvelopeWalksAndProblemChecks(@TempDir Path reports) throws Exception {
    FakePlane.Run run = run(new CloudV2Plane(), reports);

    assertEquals(0, run.exitCode, run.out + run.err);
    Map<String, String> cases = FakePlane.testcases(run.junit);
    String list = cases.get("v2:listProjects");
    assertTrue(list.startsWith("pass:"), list);
    for (String seen : new String[] {
        "pass envelope: the default page is pagination.style 'offset' with next and previous",
        "pass paging: offset pages: per_page=3 honoured through 3 pages of pagination.style 'offset', no item repeated, 7 items",
        "pass paging: cursor pages: per_page=3 honoured through 3 pages of pagination.style 'cursor', no item repeated, 7 items",
        "(per_page below the minimum) was refused with 400",
        "fields=plane_conformance_no_such_field (fields an unknown field name) was refused with 400",
        "cursor=not-a-cursor (cursor malformed) was refused with 400"}) {
      assertTrue(list.contains(seen), "missing '" + seen + "' in\n" + list);
    }
    assertTrue(cases.get("v2:getProject").contains("pass unknown id: GET /api/v2/workspaces/acme/projects/"),
        cases.get("v2:getProject"));
    assertTrue(cases.get("authentication").startsWith("pass:"), cases.get("authentication"));
    assertTrue(run.out.contains("v2 419 operations: "), run.out);
  }

  @Test
  void aCursorPageThatSaysOffsetAndErrorsThatAreNotProblemsAreDeviations(@TempDir Path reports) throws Exception {
    CloudV2Plane faulty = new CloudV2Plane();
    faulty.cursorPagesSayOffset = true;
    faulty.plainErrors = true;
    FakePlane.Run run = run(faulty, reports);

    assertEquals(1, run.exitCode, run.out + run.err);
    Map<String, String> cases = FakePlane.testcases(run.junit);
    String list = cases.get("v2:listProjects");
    assertTrue(list.startsWith("failure:"), list);
    assertTrue(list.contains("deviation paging: GET /api/v2/workspaces/acme/projects/?per_page=3&paginate=cursor answered a page "
        + "with pagination.style 'offset', expected 'cursor'"), list);
    assertTrue(list.contains("deviation bad input: the 400 answer to GET /api/v2/workspaces/acme/projects/?per_page=0 is not an "
        + "RFC 9457 problem: Content-Type application/json, no string type, code, body {\"detail\":\"invalid_request\"}"), list);
    String get = cases.get("v2:getProject");
    assertTrue(get.contains("deviation problem+json: the 404 answer to GET /api/v2/workspaces/acme/projects/"), get);
  }

  private static FakePlane.Run run(CloudV2Plane fake, Path reports) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(fake);
      server.start();
      return FakePlane.run(reports, "--base-url", server.url("/").toString(), "--workspace", "acme", "--api", "v2");
    }
  }
}
