package io.github.planesdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A 400 to a read of cycles, modules or intake is the project's settings only when the project says so. */
class ProjectFeaturesTest {
  private static final SpecOperations SPEC = SpecOperations.bundled();
  private static final SpecOperation LIST_CYCLES = SPEC.find("GET", "/api/v1/workspaces/{}/projects/{}/cycles/");
  private static final SpecOperation LIST_STATES = SPEC.find("GET", "/api/v1/workspaces/{}/projects/{}/states/");
  private static final String PROJECT = "/api/v1/workspaces/acme/projects/1ab7ec3f-552e-4a0f-845c-0c4371e8ac2c/";
  private static final String REFUSED = "{\"error\":\"Cycles are not enabled for this project\"}";

  private final MockWebServer server = new MockWebServer();
  private ProjectFeatures features;

  @BeforeEach
  void start() throws Exception {
    server.start();
    Target target = new Target(server.url("/"), "acme", null, false, false);
    features = new ProjectFeatures(new Checker(target, new OkHttpClient(), null, null, new RateLimitCheck()));
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void aFeatureTheProjectHasOffIsASkipWithTheReason() throws Exception {
    server.enqueue(FakePlane.json(200, "{\"id\":\"p\",\"cycle_view\":false}"));
    Finding f = features.turnedOff(LIST_CYCLES, refused(PROJECT + "cycles/"), "response");
    assertEquals(Verdict.SKIPPED, f.verdict());
    assertTrue(f.detail().startsWith("the project has cycles turned off (cycle_view: false), so GET " + PROJECT
        + "cycles/ answered 400: " + REFUSED), f.detail());
    assertEquals(PROJECT, server.takeRequest().getPath(), "the project's own answer decides");
    assertEquals(Verdict.SKIPPED, features.turnedOff(LIST_CYCLES, refused(PROJECT + "cycles/"), "response").verdict());
    assertEquals(1, server.getRequestCount(), "the project is asked once");
  }

  @Test
  void aFeatureTheProjectHasOnLeavesThe400ADeviation() {
    server.enqueue(FakePlane.json(200, "{\"id\":\"p\",\"cycle_view\":true}"));
    assertNull(features.turnedOff(LIST_CYCLES, refused(PROJECT + "cycles/"), "response"));
  }

  @Test
  void otherFamiliesAndOtherStatusesAreNotAsked() {
    assertNull(features.turnedOff(LIST_STATES, refused(PROJECT + "states/"), "response"));
    assertNull(features.turnedOff(LIST_CYCLES, Exchange.of("GET", PROJECT + "cycles/", 500, Headers.of(), "{}"), "response"));
    assertEquals(0, server.getRequestCount());
  }

  private static Exchange refused(String path) {
    return Exchange.of("GET", path, 400, Headers.of("Content-Type", "application/json"), REFUSED);
  }
}
