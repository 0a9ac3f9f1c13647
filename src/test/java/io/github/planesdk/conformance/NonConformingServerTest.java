package io.github.planesdk.conformance;

import static io.github.planesdk.conformance.FakePlane.KEY;
import static io.github.planesdk.conformance.FakePlane.PROJECTS;
import static io.github.planesdk.conformance.FakePlane.json;
import static io.github.planesdk.conformance.FakePlane.page;
import static io.github.planesdk.conformance.FakePlane.project;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that breaks the contract in five ways, one per operation: each deviation is reported
 * with its operation and the exact difference, and the exit code is 1.
 */
class NonConformingServerTest {
  static final String P1 = "11111111-1111-4111-8111-111111111111";
  static final String P2 = "22222222-2222-4222-8222-222222222222";

  static MockWebServer server;
  static FakePlane.Run run;
  static Map<String, String> cases;

  @BeforeAll
  static void runAgainstBrokenServer(@TempDir Path reports) throws Exception {
    server = new MockWebServer();
    server.setDispatcher(new Broken());
    server.start();
    run = FakePlane.run(reports, "--base-url", server.url("/").toString(), "--workspace", "acme");
    cases = FakePlane.testcases(run.junit);
  }

  @AfterAll
  static void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void exitCodeIsOne() {
    assertEquals(1, run.exitCode, run.out + run.err);
    assertTrue(run.out.contains("DEVIATES"), run.out);
  }

  @Test
  void wrongFieldTypeNamesTheFieldAndTheTypes() {
    String getProject = cases.get("getProject");
    assertAll(
        () -> assertTrue(getProject.startsWith("failure:"), getProject),
        () -> assertTrue(getProject.contains("[Path '/name'] Instance type (integer) does not match"), getProject),
        () -> assertTrue(getProject.contains("allowed: [\"string\"]"), getProject));
  }

  @Test
  void undeclaredStatusIsNamedWithTheDeclaredOnes() {
    String summary = cases.get("getProjectSummary");
    assertTrue(summary.startsWith("failure:"), summary);
    assertTrue(summary.contains("status 418 from GET " + PROJECTS + P1 + "/summary/ is not declared"), summary);
    assertTrue(summary.contains("the spec declares 200, 400, 401, 403, 404, 429"), summary);
  }

  @Test
  void missingRateLimitHeaderIsNamed() {
    String me = cases.get("getCurrentUser");
    assertTrue(me.startsWith("failure:"), me);
    assertTrue(me.contains("X-RateLimit-Reset is missing from the 200 answer to GET /api/v1/users/me/"), me);
  }

  @Test
  void cursorThatNeverAdvancesIsCaught() {
    String list = cases.get("listProjects");
    assertTrue(list.startsWith("failure:"), list);
    assertTrue(list.contains("the cursor does not advance"), list);
    assertTrue(list.contains("answers next_cursor '2:1:0' again"), list);
  }

  @Test
  void errorBodiesOfTheWrongShapeAreCaught() {
    String auth = cases.get("authentication");
    assertTrue(auth.startsWith("failure:"), auth);
    assertTrue(auth.contains("missing key"), auth);
    assertTrue(auth.contains("Instance type (array) does not match any allowed primitive type (allowed: [\"object\"])"), auth);
    String getProject = cases.get("getProject");
    assertTrue(getProject.contains("unknown id"), getProject);
    assertTrue(getProject.contains("[Path '/detail'] Instance type (object) does not match"), getProject);
  }

  @Test
  void writesAreSkippedWithTheReason() {
    String create = cases.get("createProject");
    assertTrue(create.startsWith("skipped:") && create.contains("read-only run"), create);
  }

  @Test
  void theConsoleNamesEveryDeviatingOperation() {
    for (String op : List.of("getCurrentUser", "listProjects", "getProject", "getProjectSummary", "authentication")) {
      assertTrue(run.out.matches("(?s).*DEVIATION\\s+" + op + "\\b.*"), op + " in\n" + run.out);
    }
  }

  @Test
  void serverTextIsEscapedInTheHtml() {
    assertTrue(run.html.contains("&lt;b&gt;teapot&lt;/b&gt;"), run.html);
    assertFalse(run.html.contains("<b>teapot"), run.html);
  }

  @Test
  void theKeyAppearsNowhereEvenWhenTheServerEchoesIt() {
    assertTrue(run.everything().contains("[api key]"), "the echoed key should be scrubbed");
    assertFalse(run.everything().contains(KEY));
  }

  /** Right in everything but the five faults. */
  static final class Broken extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String key = request.getHeader("X-API-Key");
      if (key == null) {
        // fault: an error body of the wrong shape (an array, not an object)
        return new MockResponse().setResponseCode(401).setHeader("Content-Type", "application/json")
            .setBody("[\"Authentication credentials were not provided.\"]");
      }
      if (!KEY.equals(key)) {
        return new MockResponse().setResponseCode(403).setHeader("Content-Type", "application/json")
            .setBody("{\"detail\":\"Invalid API key.\"}");
      }
      HttpUrl url = request.getRequestUrl();
      String path = url.encodedPath();
      if (path.equals("/api/v1/users/me/")) {
        // fault: X-RateLimit-Reset is missing
        return json(200, FakePlane.user()).removeHeader("X-RateLimit-Reset");
      }
      if (path.equals(PROJECTS)) {
        // fault: six projects, but every page after the first is page one again
        if ("1".equals(url.queryParameter("per_page"))) {
          return json(200, page(List.of(project(P1, "One")), 6, true, "1:1:0"));
        }
        return json(200, page(List.of(project(P1, "One"), project(P2, "Two")), 6, true, "2:1:0"));
      }
      if (path.equals(PROJECTS + P1 + "/")) {
        // fault: name is a number
        return json(200, project(P1, "One").replace("\"name\":\"One\"", "\"name\":42"));
      }
      if (path.equals(PROJECTS + P1 + "/summary/")) {
        // fault: a status the spec does not declare, with HTML and the caller's key in it
        return new MockResponse().setResponseCode(418).setHeader("Content-Type", "text/html")
            .setBody("<b>teapot</b> for " + key);
      }
      // fault (for unknown ids): detail must be a string
      return json(404, "{\"detail\":{\"reason\":\"gone\"}}");
    }
  }
}
