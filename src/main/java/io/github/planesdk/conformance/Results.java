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
  /** API versions the server does not route at all. */
  private final java.util.Set<ApiVersion> absentApis = java.util.EnumSet.noneOf(ApiVersion.class);
  private int failedDeletes;

  Results(String secret) {
    this.secret = secret;
  }

  void declare(SpecOperation op) {
    byName.computeIfAbsent(
        op.key(),
        k -> new OperationResult(op.key(), op.tag(), op.method(), op.path(), Routes.missingCommunity(op), op.version()));
  }

  void add(SpecOperation op, Finding finding) {
    declare(op);
    byName.get(op.key()).add(scrub(finding));
  }

  /** The server routes nothing of this API version: every operation of it is "not supported". */
  void apiAbsent(ApiVersion version) {
    absentApis.add(version);
  }

  boolean absent(ApiVersion version) {
    return absentApis.contains(version);
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

  /** The operations of one API version's spec. */
  List<OperationResult> specOperations(ApiVersion version) {
    List<OperationResult> ops = new ArrayList<>();
    for (OperationResult r : specOperations()) {
      if (r.version() == version) {
        ops.add(r);
      }
    }
    return ops;
  }

  /** The API versions this run checked, in order. */
  List<ApiVersion> versions() {
    List<ApiVersion> versions = new ArrayList<>();
    for (ApiVersion v : ApiVersion.values()) {
      if (!specOperations(v).isEmpty()) {
        versions.add(v);
      }
    }
    return versions;
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
   * not route, or any skip. A server without API v2 fails it only when v2 was asked for alone
   * ({@code --api v2}): v2 is a Cloud and commercial-edition API, like a Cloud-only v1 operation.
   */
  String strictFailure(boolean v2Required) {
    if (v2Required && absent(ApiVersion.V2)) {
      return "--strict --api v2: " + ApiVersion.V2.absentReason();
    }
    return strictFailure();
  }

  String strictFailure() {
    int missing = 0;
    int skipped = 0;
    for (OperationResult r : byName.values()) {
      if (r.verdict() == Verdict.SKIPPED) {
        skipped++;
      } else if (r.verdict() == Verdict.NOT_SUPPORTED && r.documentedCommunity() && !absent(r.version())) {
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
        .computeIfAbsent(name, k -> new OperationResult(name, CROSS_CUTTING, "", "", false, null))
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
