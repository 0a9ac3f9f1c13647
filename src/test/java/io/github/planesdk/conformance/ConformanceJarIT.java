package io.github.planesdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's main job, as a user runs it: the packaged jar, from the project folder, with no
 * flags. Catches what unit tests cannot: a dependency missing from the jar, a wrong main class.
 */
class ConformanceJarIT {
  @Test
  void theMainJobRunsFromThePackagedJar() throws Exception {
    Path jar = Paths.get("target", "plane-conformance.jar");
    assertTrue(Files.isRegularFile(jar), jar + " is built in the package phase");
    Path reports = Paths.get("target", "conformance-it-report");
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Process run = new ProcessBuilder(List.of(java.toString(), "-jar", jar.toString(), "--report", reports.toString()))
        .redirectErrorStream(true)
        .start();
    run.getOutputStream().close();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(run.waitFor(5, TimeUnit.MINUTES));

    assertEquals(0, run.exitValue(), output);
    assertTrue(output.contains("CONFORMS: nothing deviates from the spec (exit 0)"), output);
    assertTrue(Files.size(reports.resolve("report.html")) > 0);
    assertTrue(Files.readString(reports.resolve("junit.xml")).contains("failures=\"0\""));
  }
}
