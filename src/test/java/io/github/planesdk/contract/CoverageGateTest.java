package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
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
import org.junit.jupiter.api.extension.RegisterExtension;
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
 */
class CoverageGateTest {
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

  /** Runs one sample class through JUnit and counts its requests as the build's gate does. */
  private static ContractCoverage gate(Class<?> sample, int started, int failed, int skipped) {
    log = new CallLog();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create()
        .execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(sample)).build(), listener);
    TestExecutionSummary summary = listener.getSummary();
    assertEquals(started, summary.getTestsStartedCount(), "tests started");
    assertEquals(failed, summary.getTestsFailedCount(), "tests failed");
    assertEquals(skipped, summary.getTestsSkippedCount(), "tests skipped");
    return ContractCoverage.count(SPEC, log.checkedCalls());
  }

  // The samples below run only through gate(): the build skips nested classes.

  /** A contract suite whose test of getSticky passes; the subclasses vary deleteSticky's. */
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
