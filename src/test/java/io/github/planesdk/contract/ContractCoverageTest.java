package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The gate: every operation of each spec (v1 and v2) received a request from a contract test
 * that then passed. It counts what the mocks served during this run (the {@link PrismMock}
 * fixture records each request), so it runs after every other test class ({@link
 * GateRunsLast}); a run that leaves contract tests out fails it.
 */
class ContractCoverageTest {
  @Test
  void everyOperationWasExercised() {
    ContractCoverage v1 = ContractCoverage.count(OperationIndex.v1(), CallLog.RUN.checkedCalls());
    ContractCoverage v2 = ContractCoverage.count(OperationIndex.v2(), CallLog.RUN.checkedCalls());

    System.out.println("contract coverage: v1 " + v1.ratio() + ", v2 " + v2.ratio());
    assertEquals(Set.of(), v1.missing(), "v1 operations no passing contract test sent a request to");
    assertEquals(Set.of(), v2.missing(), "v2 operations no passing contract test sent a request to");
  }
}
