package io.github.planesdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main job: no flags but the report folder, so the check starts its own Prism mock of
 * the bundled spec. Every operation of the spec conforms.
 */
class EmbeddedMockTest {
  private static final SpecOperations SPEC = SpecOperations.bundled();

  @Test
  void theMainJobChecksTheMockAndWritesBothReports(@TempDir Path reports) throws Exception {
    FakePlane.Run run = FakePlane.run(reports);

    assertEquals(0, run.exitCode, run.out + run.err);
    assertTrue(run.out.contains("the embedded Prism mock of the spec"), run.out);
    assertTrue(run.out.contains("CONFORMS"), run.out);
    assertTrue(Files.size(reports.resolve("report.html")) > 0);
    Map<String, String> cases = FakePlane.testcases(run.junit);
    assertEquals(SPEC.all().size() + 2, cases.size(), "one testcase per operation, plus auth and rate limit");
    assertEquals("", FakePlane.names(cases, "failure"));
    for (SpecOperation op : SPEC.all()) {
      String verdict = cases.get(op.id());
      if (op.isRead()) {
        assertTrue(verdict.startsWith("pass:"), op.id() + ": " + verdict);
      } else {
        assertTrue(verdict.startsWith("skipped:") && verdict.contains("read-only run"), op.id() + ": " + verdict);
      }
      assertTrue(run.html.contains(op.id()), op.id() + " has a row in the HTML report");
    }
  }

  @Test
  void withWriteEveryOperationPasses(@TempDir Path reports) throws Exception {
    FakePlane.Run run = FakePlane.run(reports, "--write");

    assertEquals(0, run.exitCode, run.out + run.err);
    Map<String, String> cases = FakePlane.testcases(run.junit);
    for (SpecOperation op : SPEC.all()) {
      assertTrue(cases.get(op.id()).startsWith("pass:"), op.id() + ": " + cases.get(op.id()));
    }
    assertEquals("", FakePlane.names(cases, "failure") + FakePlane.names(cases, "skipped"));
  }
}
