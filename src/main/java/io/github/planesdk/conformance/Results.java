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

  Results(String secret) {
    this.secret = secret;
  }

  void declare(SpecOperation op) {
    byName.computeIfAbsent(
        op.id(), k -> new OperationResult(op.id(), op.tag(), op.method(), op.path()));
  }

  void add(SpecOperation op, Finding finding) {
    declare(op);
    byName.get(op.id()).add(scrub(finding));
  }

  void addCrossCutting(String name, Finding finding) {
    byName
        .computeIfAbsent(name, k -> new OperationResult(name, CROSS_CUTTING, "", ""))
        .add(scrub(finding));
  }

  /** A resource the write lifecycle could not delete; the console and reports name it. */
  void leftOver(String what) {
    leftovers.add(scrub(what));
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
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0);
    }
    for (OperationResult r : byName.values()) {
      counts.merge(r.verdict(), 1, Integer::sum);
    }
    return counts;
  }

  /** True when nothing deviates: the exit code is 0 only then. */
  public boolean conforms() {
    return counts().get(Verdict.DEVIATION) == 0 && leftovers.isEmpty();
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
