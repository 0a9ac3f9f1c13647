package io.github.planesdk.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests a mock served during the test run, each tied to the test that was running when it
 * arrived. A request counts for coverage only once its test has passed (the test checked the
 * answer) and only if the mock answered it without refusing it ({@code sl-violations}).
 * Tests run one after the other (the suite sets no parallel execution), so the running test is
 * the one that sent the request.
 */
final class CallLog {
  /** Every request the {@link PrismMock} fixture served in this run. */
  static final CallLog RUN = new CallLog();

  /** One request the mock answered. */
  static final class ServedCall {
    final String method;
    final String path;
    final int status;
    final boolean refused;

    ServedCall(String method, String path, int status, boolean refused) {
      this.method = method;
      this.path = path;
      this.status = status;
      this.refused = refused;
    }

    @Override
    public String toString() {
      return method + " " + path + " -> " + status + (refused ? " (refused by the mock)" : "");
    }
  }

  private final Map<String, List<ServedCall>> callsByTest = new LinkedHashMap<>();
  private final List<ServedCall> checked = new ArrayList<>();
  private String current;

  synchronized void testStarted(String testId) {
    current = testId;
    callsByTest.put(testId, new ArrayList<>());
  }

  /** A request the mock answered; it belongs to the test running now (none: never counted). */
  synchronized void served(ServedCall call) {
    if (current != null) {
      callsByTest.get(current).add(call);
    }
  }

  synchronized void testFinished(String testId, boolean passed) {
    List<ServedCall> calls = callsByTest.remove(testId);
    if (testId.equals(current)) {
      current = null;
    }
    if (passed && calls != null) {
      for (ServedCall call : calls) {
        if (!call.refused) {
          checked.add(call);
        }
      }
    }
  }

  /** The requests of passed tests that the mock answered without refusing. */
  synchronized List<ServedCall> checkedCalls() {
    return Collections.unmodifiableList(new ArrayList<>(checked));
  }
}
