package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The coverage gate on real test runs: JUnit runs small contract test classes whose requests go
 * through a {@link RecordingProxy} (here in front of a MockWebServer standing in for Prism) and
 * are tied to their tests by the {@link PrismMock} extension, as in the build. Each sample class
 * is one contract suite for a two-operation spec; emptying, disabling or breaking the test of
 * {@code deleteSticky} must leave that operation uncovered, so the gate fails.
 *
 * <p>The samples are real test classes (one fails on purpose), so they run only when this class
 * launches them with {@link #SAMPLES_ON}; any other run (the build, whatever its excludes, or an
 * IDE's "run all") skips them.
 */
class CoverageGateTest {
  /** The configuration parameter that lets the sample classes run. */
  static final String SAMPLES_ON = "planesdk.coverage-gate.samples";

  private static final OperationIndex SPEC =
      OperationIndex.fromYamlLines(
          "paths:",
          "  /api/v1/workspaces/{slug}/stickies/{sticky_id}/:",
          "    get: {operationId: getSticky}",
          "    delete: {operationId: deleteSticky}");

  private static final MockWebServer PRISM = new MockWebServer();
  private static RecordingProxy proxy;
  private static final OkHttpClient CLIENT = new OkHttpClient();

  /** The log the sample classes' extension writes to; a fresh one for each run. */
  private static volatile CallLog log;

  @BeforeAll
  static void start() throws IOException {
    PRISM.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return request.getMethod().equals("DELETE")
                ? new MockResponse().setResponseCode(204)
                : new MockResponse().setBody("{\"id\": \"0b1c2d3e\"}");
          }
        });
    PRISM.start();
    proxy = new RecordingProxy(PRISM.url("/").toString(), call -> log.served(call));
  }

  @AfterAll
  static void stop() throws IOException {
    proxy.close();
    PRISM.shutdown();
    CLIENT.dispatcher().executorService().shutdown();
    CLIENT.connectionPool().evictAll();
  }

  @Test
  void everyOperationTestedPassesTheGate() {
    ContractCoverage coverage = gate(Complete.class, 2, 0, 0);

    assertEquals("2/2", coverage.ratio());
    assertEquals(Set.of(), coverage.missing());
  }

  @Test
  void anEmptiedTestFailsTheGate() {
    assertEquals(Set.of("deleteSticky"), gate(Emptied.class, 2, 0, 0).missing());
  }

  @Test
  void aDisabledTestFailsTheGate() {
    assertEquals(Set.of("deleteSticky"), gate(WithDisabled.class, 1, 0, 1).missing());
  }

  @Test
  void aTestWhoseCheckFailsDoesNotCount() {
    assertEquals(Set.of("deleteSticky"), gate(WithFailure.class, 2, 1, 0).missing());
  }

  @Test
  void theSamplesAreSkippedUnlessThisClassLaunchesThem() {
    log = new CallLog();
    TestExecutionSummary summary =
        run(
            Map.of(),
            selectClass(Complete.class),
            selectClass(Emptied.class),
            selectClass(WithDisabled.class),
            selectClass(WithFailure.class));

    assertEquals(0, summary.getTestsStartedCount(), "tests started");
    assertEquals(0, summary.getTestsFailedCount(), "tests failed");
    assertEquals(8, summary.getTestsSkippedCount(), "tests skipped");
    assertEquals(
        Set.of("getSticky", "deleteSticky"),
        ContractCoverage.count(SPEC, log.checkedCalls()).missing(),
        "no sample sent a request");
  }

  /** Runs one sample class through JUnit and counts its requests as the build's gate does. */
  private static ContractCoverage gate(Class<?> sample, int started, int failed, int skipped) {
    log = new CallLog();
    TestExecutionSummary summary = run(Map.of(SAMPLES_ON, "true"), selectClass(sample));
    assertEquals(started, summary.getTestsStartedCount(), "tests started");
    assertEquals(failed, summary.getTestsFailedCount(), "tests failed");
    assertEquals(skipped, summary.getTestsSkippedCount(), "tests skipped");
    return ContractCoverage.count(SPEC, log.checkedCalls());
  }

  private static TestExecutionSummary run(
      Map<String, String> parameters, DiscoverySelector... classes) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create()
        .execute(
            LauncherDiscoveryRequestBuilder.request()
                .selectors(classes)
                .configurationParameters(parameters)
                .build(),
            listener);
    return listener.getSummary();
  }

  /** Enables the samples only in a launch that sets {@link #SAMPLES_ON}. */
  static final class LaunchedByGate implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(SAMPLES_ON).isPresent()
          ? ConditionEvaluationResult.enabled("launched by CoverageGateTest")
          : ConditionEvaluationResult.disabled("a sample of CoverageGateTest, run only by it");
    }
  }

  /** A contract suite whose test of getSticky passes; the subclasses vary deleteSticky's. */
  @ExtendWith(LaunchedByGate.class)
  abstract static class Sample {
    @RegisterExtension static final PrismMock WATCHER = new PrismMock(() -> log);

    @Test
    void getSticky() throws IOException {
      assertEquals(200, send("GET"));
    }

    static int send(String method) throws IOException {
      Request request =
          new Request.Builder()
              .url(proxy.baseUrl() + "api/v1/workspaces/acme/stickies/0b1c2d3e/")
              .method(method, null)
              .build();
      try (Response response = CLIENT.newCall(request).execute()) {
        return response.code();
      }
    }
  }

  static class Complete extends Sample {
    @Test
    void deleteSticky() throws IOException {
      assertEquals(204, send("DELETE"));
    }
  }

  static class Emptied extends Sample {
    @Test
    void deleteSticky() {
      // emptied: passes, sends nothing
    }
  }

  static class WithDisabled extends Sample {
    @Test
    @Disabled("what the gate must notice")
    void deleteSticky() throws IOException {
      assertEquals(204, send("DELETE"));
    }
  }

  static class WithFailure extends Sample {
    @Test
    void deleteSticky() throws IOException {
      assertEquals(200, send("DELETE")); // the mock answered 204: the check fails
    }
  }
}
