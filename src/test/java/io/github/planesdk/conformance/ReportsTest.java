package io.github.planesdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three outputs, from one hand-made set of results of both API versions with hostile server
 * text in it: v1 and v2 counted apart, v2 rows keyed {@code v2:} beside v1 rows of the same
 * operationId.
 */
class ReportsTest {
  private static final String SECRET = "plane_api_0123456789abcdef0123456789abcdef";
  private static final String HOSTILE = "<script>alert('x')</script> \"quoted\" & \u0000\u001b[31m " + SECRET;

  private final SpecOperations spec = SpecOperations.bundled();
  private final SpecOperations v2 = SpecOperations.bundled(ApiVersion.V2);
  private final Target target = new Target(HttpUrl.get("https://plane.example.com/"), "acme", null, false, false);

  private Results results() {
    Results results = new Results(SECRET);
    for (SpecOperation op : spec.all()) {
      results.declare(op);
    }
    results.add(spec.find("GET", "/api/v1/users/me/"), Finding.pass("response", "fine"));
    results.add(spec.find("GET", "/api/v1/workspaces/{}/projects/"), Finding.deviation("response", HOSTILE));
    results.add(spec.find("GET", "/api/v1/workspaces/{}/projects/"), Finding.pass("paging", "fine"));
    results.add(spec.find("POST", "/api/v1/workspaces/{}/projects/"), Finding.skipped("write", "read-only run"));
    results.add(spec.find("GET", "/api/v1/workspaces/{}/projects/{}/"), Finding.notSupported("response", "Cloud only"));
    for (SpecOperation op : v2.all()) {
      results.declare(op);
    }
    results.add(v2.find("GET", "/api/v2/workspaces/{}/projects/"), Finding.pass("response", "a v2 page"));
    results.add(v2.find("GET", "/api/v2/workspaces/{}/releases/"), Finding.notSupported("response", "no releases here"));
    results.addCrossCutting("rate limit", Finding.pass("headers", "consistent"));
    return results;
  }

  @Test
  void htmlIsSelfContainedAndEscapesServerText() {
    String html = HtmlReport.render(results(), target);
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;quoted&quot; &amp;"), html);
    assertFalse(html.contains("<script"), "no script, injected or own");
    assertFalse(html.contains("\u0000"));
    assertFalse(html.contains("\u001b"));
    assertFalse(html.matches("(?s).*(src=|href=|<link|@import|url\\().*"), "nothing loaded from elsewhere");
    assertTrue(html.contains("<style>"));
    for (SpecOperation op : spec.all()) {
      assertTrue(html.contains("<code>" + op.id() + "</code>"), op.id());
    }
    for (SpecOperation op : v2.all()) {
      assertTrue(html.contains("<code>v2:" + op.id() + "</code>"), op.key());
    }
    assertTrue(html.contains("class=\"v not-supported\">not supported<"));
  }

  @Test
  void junitXmlIsValidWithOneTestcasePerOperation(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("junit.xml");
    Results results = results();
    results.time("listProjects", 1.25);
    JUnitXmlReport.write(results, target, file);
    String xml = Files.readString(file);
    assertTrue(xml.matches("(?s).*name=\"listProjects GET [^\"]*\" time=\"1\\.250\".*"), "each testcase carries its time");

    Map<String, String> cases = FakePlane.testcases(xml);
    assertEquals(spec.all().size() + v2.all().size() + 1, cases.size());
    assertTrue(cases.get("listProjects").startsWith("failure:"), cases.get("listProjects"));
    assertTrue(cases.get("listProjects").contains("<script>alert('x')</script>"), "text survives, escaped");
    assertEquals("skipped: skipped: read-only run", cases.get("createProject"));
    assertEquals("skipped: not supported: Cloud only", cases.get("getProject"));
    assertEquals("skipped: skipped: no check ran", cases.get("deleteProject"));
    assertTrue(cases.get("getCurrentUser").startsWith("pass:"));
    assertTrue(cases.get("v2:listProjects").startsWith("pass:"), cases.get("v2:listProjects"));
    assertEquals("skipped: not supported: no releases here", cases.get("v2:listReleases"));
    assertTrue(xml.contains("classname=\"plane.conformance.v2.Projects\" name=\"v2:listProjects GET /api/v2/workspaces/{slug}/projects/\""), xml);
    // a suite per version; "not supported" counts as skipped
    int v1 = spec.all().size();
    int v2Ops = v2.all().size();
    assertTrue(xml.contains("<testsuite name=\"plane-conformance v1\" tests=\"" + v1
        + "\" failures=\"1\" errors=\"0\" skipped=\"" + (v1 - 2) + "\""), xml);
    assertTrue(xml.contains("<testsuite name=\"plane-conformance v2\" tests=\"" + v2Ops
        + "\" failures=\"0\" errors=\"0\" skipped=\"" + (v2Ops - 1) + "\""), xml);
    assertTrue(xml.contains("<testsuite name=\"plane-conformance cross-cutting\" tests=\"1\" failures=\"0\""), xml);
  }

  @Test
  void strictFailsOnSkipsAndOnMissingCommunityOperationsOnly() {
    Results results = new Results(SECRET);
    SpecOperation estimate = spec.find("GET", "/api/v1/workspaces/{}/projects/{}/estimates/");
    SpecOperation cloud = spec.all().stream().filter(SpecOperation::cloudOnly).findFirst().orElseThrow();
    results.add(cloud, Finding.notSupported("response", "Cloud-only"));
    results.add(spec.find("GET", "/api/v1/users/me/"), Finding.pass("response", "fine"));
    assertEquals(null, results.strictFailure(), "a Cloud-only operation missing from a self-hosted server is fine");
    results.add(estimate, Finding.notSupported("response", "documented, but this server version does not route it"));
    assertEquals("--strict: 1 documented community operation is not routed by this server, 0 skipped",
        results.strictFailure());
    results.add(spec.find("POST", "/api/v1/workspaces/{}/projects/"), Finding.skipped("write", "read-only run"));
    assertEquals("--strict: 1 documented community operation is not routed by this server, 1 skipped",
        results.strictFailure());
  }

  /** No API v2 fails --strict only when v2 alone was asked for (--api v2). */
  @Test
  void strictFailsOnAMissingApiV2OnlyWhenV2AloneWasAskedFor() {
    Results results = new Results(SECRET);
    results.add(spec.find("GET", "/api/v1/users/me/"), Finding.pass("response", "fine"));
    for (SpecOperation op : v2.all()) {
      results.add(op, Finding.notSupported("response", ApiVersion.V2.absentReason()));
    }
    results.apiAbsent(ApiVersion.V2);
    assertEquals(null, results.strictFailure(false));
    assertEquals("--strict --api v2: this server has no API v2 (/api/v2/ not routed)", results.strictFailure(true));
  }

  @Test
  void htmlListsDeviationsFirstAndFiltersWithoutAScript() {
    String html = HtmlReport.render(results(), target);
    int deviation = html.indexOf("<tr class=\"row r-deviation\">");
    int firstPass = html.indexOf("<tr class=\"row r-pass\">");
    assertTrue(deviation > 0 && deviation < firstPass, "the deviation row comes before the first pass");
    assertTrue(html.contains("id=\"f-deviation\"") && html.contains("#f-deviation:checked~table"), "a filter by result");
    assertTrue(html.contains("<b>rate limit</b>"), "the cross-cutting rows are explained");
    int v2Ops = v2.all().size();
    assertTrue(html.contains("<b>v1 " + spec.all().size() + " operations:</b> <span class=\"v pass\">1 pass</span>"), html);
    assertTrue(html.contains("<b>v2 " + v2Ops + " operations:</b> <span class=\"v pass\">1 pass</span>"
        + "<span class=\"v deviation\">0 deviation</span><span class=\"v not-supported\">1 not supported</span>"
        + "<span class=\"v skipped\">" + (v2Ops - 2) + " skipped</span>"), html);
    assertTrue(html.contains("<span class=\"check\">v2 · Projects</span>"), "a v2 row names its version");
  }

  @Test
  void theKeyIsScrubbedEverywhere(@TempDir Path dir) throws Exception {
    Results results = results();
    JUnitXmlReport.write(results, target, dir.resolve("junit.xml"));
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    new ConsoleReporter(new PrintStream(console, true, StandardCharsets.UTF_8), false).summary(results, dir);
    String everything = Files.readString(dir.resolve("junit.xml")) + HtmlReport.render(results, target)
        + console.toString(StandardCharsets.UTF_8);
    assertFalse(everything.contains(SECRET));
    assertTrue(everything.contains("[api key]"));
  }

  @Test
  void theConsoleSummaryCountsAndNamesDeviations(@TempDir Path dir) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ConsoleReporter(new PrintStream(out, true, StandardCharsets.UTF_8), false).summary(results(), dir);
    String text = out.toString(StandardCharsets.UTF_8);
    int ops = spec.all().size();
    int v2Ops = v2.all().size();
    assertTrue(text.contains("\nv1 " + ops + " operations: 1 pass, 1 deviation, 1 not supported, " + (ops - 3) + " skipped\n"
        + "v2 " + v2Ops + " operations: 1 pass, 0 deviations, 1 not supported, " + (v2Ops - 2) + " skipped\n"), text);
    assertTrue(text.contains("1 cross-cutting checks (rate limit): 1 pass, 0 deviations, 0 not supported, 0 skipped"), text);
    assertTrue(text.matches("(?s).*DEVIATION\\s+listProjects.*response: <script>.*"), text);
    assertTrue(text.contains("DEVIATES: the server does not keep the contract of the spec (exit 1)"), text);
    assertFalse(text.contains("\u001b"), "no terminal escape from server text reaches the console");
  }
}
