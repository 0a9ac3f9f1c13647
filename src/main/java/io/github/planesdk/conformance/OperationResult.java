package io.github.planesdk.conformance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Every finding about one operation (or one cross-cutting check), and the verdict they add up to. */
final class OperationResult {
  private final String name;
  private final String group;
  private final String method;
  private final String path;
  private final boolean community;
  private final ApiVersion version;
  private final List<Finding> findings = new ArrayList<>();
  private double seconds;

  OperationResult(String name, String group, String method, String path, boolean community, ApiVersion version) {
    this.name = name;
    this.group = group;
    this.method = method;
    this.path = path;
    this.community = community;
    this.version = version;
  }

  /** The API version of the operation; null for a cross-cutting check. */
  ApiVersion version() {
    return version;
  }

  /** A documented operation of the open-source server (not Cloud-only, not an alias). */
  boolean documentedCommunity() {
    return community;
  }

  /** Seconds its requests took. */
  public double seconds() {
    return seconds;
  }

  void seconds(double value) {
    seconds = value;
  }

  /**
   * The operationId ({@code v2:}-prefixed for a v2 operation), or the name of a cross-cutting
   * check such as {@code authentication}.
   */
  public String name() {
    return name;
  }

  /** The spec tag (the SDK's API family), or {@code cross-cutting}. */
  public String group() {
    return group;
  }

  /** The HTTP method, empty for cross-cutting checks. */
  public String method() {
    return method;
  }

  /** The spec path, empty for cross-cutting checks. */
  public String path() {
    return path;
  }

  public List<Finding> findings() {
    return Collections.unmodifiableList(findings);
  }

  void add(Finding finding) {
    findings.add(finding);
  }

  /**
   * Any deviation makes the operation deviate; otherwise one pass makes it pass; otherwise it is
   * not supported, or skipped when nothing ran.
   */
  public Verdict verdict() {
    if (has(Verdict.DEVIATION)) {
      return Verdict.DEVIATION;
    }
    if (has(Verdict.PASS)) {
      return Verdict.PASS;
    }
    if (has(Verdict.NOT_SUPPORTED)) {
      return Verdict.NOT_SUPPORTED;
    }
    return Verdict.SKIPPED;
  }

  /** The findings that decide the verdict, e.g. the deviations of a deviating operation. */
  public List<Finding> deciding() {
    if (findings.isEmpty()) {
      return List.of(Finding.skipped("check", "no check ran"));
    }
    Verdict verdict = verdict();
    List<Finding> deciding = new ArrayList<>();
    for (Finding f : findings) {
      if (f.verdict() == verdict) {
        deciding.add(f);
      }
    }
    return deciding;
  }

  private boolean has(Verdict verdict) {
    for (Finding f : findings) {
      if (f.verdict() == verdict) {
        return true;
      }
    }
    return false;
  }
}
