package io.github.planesdk.contract;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * How many operations of one spec the contract tests exercised: an operation counts when the
 * mock served at least one request to it that a passing test sent (see {@link CallLog}).
 */
final class ContractCoverage {
  final Set<String> operations;
  final Set<String> exercised;

  private ContractCoverage(Set<String> operations, Set<String> exercised) {
    this.operations = Collections.unmodifiableSet(operations);
    this.exercised = Collections.unmodifiableSet(exercised);
  }

  static ContractCoverage count(OperationIndex spec, Collection<CallLog.ServedCall> checkedCalls) {
    Set<String> exercised = new TreeSet<>();
    for (CallLog.ServedCall call : checkedCalls) {
      spec.operationOf(call.method, call.path).ifPresent(exercised::add);
    }
    return new ContractCoverage(spec.operations(), exercised);
  }

  /** The operations no checked request reached. */
  Set<String> missing() {
    Set<String> missing = new TreeSet<>(operations);
    missing.removeAll(exercised);
    return missing;
  }

  /** {@code N/M}. */
  String ratio() {
    return exercised.size() + "/" + operations.size();
  }
}
