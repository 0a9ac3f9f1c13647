package io.github.planesdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flags, the environment and the exit codes of the command line. */
class ConformanceMainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String... args) {
    return ConformanceMain.run(args, env,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpPrintsUsage() {
    assertEquals(0, run(Map.of(), "--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--base-url URL"));
  }

  @Test
  void aServerNeedsAKeyAndAWorkspace() {
    assertEquals(2, run(Map.of(), "--base-url", "https://plane.example.com", "--workspace", "acme"));
    assertTrue(err().contains("set PLANE_API_KEY (or pass --api-key)"), err());
    err.reset();
    assertEquals(2, run(Map.of("PLANE_API_KEY", FakePlane.KEY), "--base-url=https://plane.example.com"));
    assertTrue(err().contains("--base-url needs --workspace SLUG"), err());
  }

  @Test
  void unknownFlagsAndMissingValuesAreRefused() {
    assertEquals(2, run(Map.of(), "--verbose"));
    assertTrue(err().contains("unknown argument --verbose"), err());
    err.reset();
    assertEquals(2, run(Map.of(), "--report"));
    assertTrue(err().contains("--report needs a value"), err());
    err.reset();
    assertEquals(2, run(Map.of(), "--api", "v3"));
    assertTrue(err().contains("--api takes v1, v2 or both, not 'v3'"), err());
  }

  @Test
  void flagsAndEnvironmentAreRead() throws Exception {
    ConformanceMain.Options o = ConformanceMain.Options.parse(
        new String[] {"--base-url", "https://plane.example.com/plane", "--workspace", "acme", "--project=p1", "--write"},
        Map.of("PLANE_API_KEY", FakePlane.KEY, "PLANE_PRISM", "/opt/prism"));
    assertEquals("https://plane.example.com/plane/", o.baseUrl.toString(), "a base path keeps its API paths under it");
    assertEquals(FakePlane.KEY, o.apiKey);
    assertEquals("p1", o.project);
    assertTrue(o.write);
    assertEquals(Path.of("target", "conformance-report"), o.reportDir);
    assertEquals(List.of(ApiVersion.V1, ApiVersion.V2), o.apis, "both API versions by default");
    ConformanceMain.Options mock = ConformanceMain.Options.parse(new String[] {"--api=v2"}, Map.of());
    assertEquals(ConformanceMain.MOCK_KEY, mock.apiKey, "the mock takes any key");
    assertEquals(null, mock.baseUrl);
    assertEquals(List.of(ApiVersion.V2), mock.apis);
  }

  @Test
  void aMissingPrismIsExplained(@TempDir Path dir) {
    assertEquals(2, run(Map.of(), "--prism", dir.resolve("no-prism").toString(), "--report", dir.toString()));
    assertTrue(err().contains("Prism is not at " + dir.resolve("no-prism")), err());
  }

  @Test
  void aRefusedKeyStopsTheRunWithoutPrintingIt(@TempDir Path dir) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      for (int i = 0; i < 3; i++) {
        server.enqueue(new MockResponse().setResponseCode(403).setBody("{\"detail\":\"bad key " + FakePlane.KEY + "\"}"));
      }
      server.start();
      int code = run(Map.of("PLANE_API_KEY", FakePlane.KEY),
          "--base-url", server.url("/").toString(), "--workspace", "acme", "--report", dir.toString());
      assertEquals(2, code);
      assertTrue(err().contains("the server refused the API key (403 from GET /api/v1/users/me/)"), err());
      assertEquals(FakePlane.KEY, server.takeRequest().getHeader("X-API-Key"), "the key went to the server");
      assertFalse((out.toString(StandardCharsets.UTF_8) + err()).contains(FakePlane.KEY));
    }
  }

  @Test
  void aReportFolderThatCannotTakeFilesStopsTheRunBeforeItStarts(@TempDir Path dir) throws Exception {
    Path file = java.nio.file.Files.writeString(dir.resolve("not-a-folder"), "x");
    assertEquals(2, run(Map.of(), "--report", file.toString()));
    assertTrue(err().contains("the report folder " + file + " is not writable"), err());
  }

  @Test
  void aRunThatCannotStartLeavesNoStaleReports(@TempDir Path dir) throws Exception {
    java.nio.file.Files.writeString(dir.resolve("report.html"), "old");
    java.nio.file.Files.writeString(dir.resolve("junit.xml"), "old");
    assertEquals(2, run(Map.of(), "--prism", dir.resolve("no-prism").toString(), "--report", dir.toString()));
    assertFalse(java.nio.file.Files.exists(dir.resolve("report.html")));
    assertFalse(java.nio.file.Files.exists(dir.resolve("junit.xml")));
  }

  @Test
  void plainHttpToAnotherHostNeedsTheFlag(@TempDir Path dir) throws Exception {
    assertEquals(2, run(Map.of("PLANE_API_KEY", FakePlane.KEY), "--base-url", "http://plane.internal.example/",
        "--workspace", "acme", "--report", dir.toString()));
    assertTrue(err().contains("--allow-insecure-http"), err());
    ConformanceMain.Options o = ConformanceMain.Options.parse(
        new String[] {"--base-url", "http://plane.internal.example/", "--workspace", "acme", "--allow-insecure-http",
            "--strict"}, Map.of("PLANE_API_KEY", FakePlane.KEY));
    assertTrue(o.allowInsecureHttp);
    assertTrue(o.strict);
  }

  @Test
  void anUnreachableServerIsExplained(@TempDir Path dir) throws Exception {
    MockWebServer server = new MockWebServer();
    server.start();
    String url = server.url("/").toString();
    server.shutdown();
    int code = run(Map.of("PLANE_API_KEY", FakePlane.KEY), "--base-url", url, "--workspace", "acme",
        "--report", dir.toString());
    assertEquals(2, code);
    assertTrue(err().contains("cannot reach " + url), err());
  }
}
