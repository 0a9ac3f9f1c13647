package io.github.planesdk.contract;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Keeps the classes in the order they were found and moves the coverage gate to the end, after
 * the contract tests whose requests it counts ({@code junit-platform.properties}).
 */
public final class GateRunsLast implements ClassOrderer {
  @Override
  public void orderClasses(ClassOrdererContext context) {
    // List.sort is stable: every other class keeps its place
    context
        .getClassDescriptors()
        .sort(Comparator.comparing(d -> d.getTestClass() == ContractCoverageTest.class));
  }
}
