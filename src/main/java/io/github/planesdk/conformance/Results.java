package io.github.planesdk.conformance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a run found, one {@link OperationResult} per operation in spec order followed by the
 * cross-cutting checks. Every text that enters is scrubbed of the API key, so no report can leak it.
 */
final class Results {
  static final String CROSS_CUTTING = "cross-cutting";

  private final Map<String, OperationResult> byName = new LinkedHashMap<>();
  private final String secret;
  private final List<String> leftovers = new ArrayList<>();
  private int failedDeletes;

  Results(String secret) {
    this.secret = secret;
  }

  void declare(SpecOperation op) {
    byName.computeIfAbsent(
        op.id(), k -> new OperationResult(op.id(), op.tag(), op.method(), op.path(), Routes.missingCommunity(op)));
  }

  void add(SpecOperation op, Finding finding) {
    declare(op);
    byName.get(op.id()).add(scrub(finding));
  }

  /** Seconds the operation's requests took, for the JUnit report. */
  void time(String name, double seconds) {
    OperationResult r = byName.get(name);
    if (r != null) {
      r.seconds(seconds);
    }
  }

  /** The operations of the spec (not the cross-cutting checks). */
  List<OperationResult> specOperations() {
    List<OperationResult> ops = new ArrayList<>();
    for (OperationResult r : byName.values()) {
      if (!r.group().equals(CROSS_CUTTING)) {
        ops.add(r);
      }
    }
    return ops;
  }

  /** The cross-cutting checks (authentication, rate limit). */
  List<OperationResult> crossCutting() {
    List<OperationResult> rows = operations();
    rows.removeAll(specOperations());
    return rows;
  }

  /** How many of these rows ended with each verdict. */
  static Map<Verdict, Integer> counts(List<OperationResult> rows) {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0);
    }
    for (OperationResult r : rows) {
      counts.merge(r.verdict(), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * Why {@code --strict} fails this run, or null: a documented community operation the server does
   * not route, or any skip.
   */
  String strictFailure() {
    int missing = 0;
    int skipped = 0;
    for (OperationResult r : byName.values()) {
      if (r.verdict() == Verdict.SKIPPED) {
        skipped++;
      } else if (r.verdict() == Verdict.NOT_SUPPORTED && r.documentedCommunity()) {
        missing++;
      }
    }
    if (missing == 0 && skipped == 0) {
      return null;
    }
    return "--strict: " + missing + " documented community operation" + (missing == 1 ? " is" : "s are")
        + " not routed by this server, " + skipped + " skipped";
  }

  void addCrossCutting(String name, Finding finding) {
    byName
        .computeIfAbsent(name, k -> new OperationResult(name, CROSS_CUTTING, "", "", false))
        .add(scrub(finding));
  }

  /**
   * Something the write lifecycle could not remove; the console and reports name it. A failed
   * DELETE fails the run; an object the API offers no DELETE for is only listed.
   */
  void leftOver(String what, boolean deleteFailed) {
    leftovers.add(scrub(what) + (deleteFailed ? " could not be deleted" : " cannot be deleted: the API has no DELETE for it"));
    if (deleteFailed) {
      failedDeletes++;
    }
  }

  public List<OperationResult> operations() {
    return new ArrayList<>(byName.values());
  }

  public List<String> leftovers() {
    return new ArrayList<>(leftovers);
  }

  OperationResult get(String name) {
    return byName.get(name);
  }

  /** How many operations (and cross-cutting checks) ended with each verdict. */
  public Map<Verdict, Integer> counts() {
    return counts(operations());
  }

  /** True when nothing deviates: the exit code is 0 only then. */
  public boolean conforms() {
    return counts().get(Verdict.DEVIATION) == 0 && failedDeletes == 0;
  }

  String scrub(String text) {
    // a real key is long; scrubbing a few characters would mangle ordinary words
    if (text == null || secret == null || secret.length() < 8) {
      return text;
    }
    return text.replace(secret, "[api key]");
  }

  private Finding scrub(Finding finding) {
    return finding.withDetail(scrub(finding.detail()));
  }
}
