package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The gate: every operation of the spec received a request from a contract test that then
 * passed. It counts what the mock served during this run (the {@link PrismMock} fixture records
 * each request), so it runs after every other test class ({@link GateRunsLast}); a run that
 * leaves contract tests out fails it.
 */
class ContractCoverageTest {
  @Test
  void everyOperationWasExercised() {
    ContractCoverage v1 = ContractCoverage.count(OperationIndex.v1(), CallLog.RUN.checkedCalls());

    System.out.println("contract coverage: " + v1.ratio() + " operations");
    assertEquals(Set.of(), v1.missing(), "operations no passing contract test sent a request to");
  }
}
