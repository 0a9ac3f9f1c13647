package io.github.planesdk.conformance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the server has an operation at all, decided before any other check: an operation the
 * server does not route is "not supported", never a deviation. Django answers a URL it cannot
 * match with 404 and {@code {"error": "Page not found."}} (or an HTML page), before any view,
 * throttle or permission check runs, so that answer carries no rate-limit headers; an
 * object-level 404 does carry them. Routing goes by URL, not method: a path that answers "no such
 * route" to a GET has no route for any method, and a 405 means the path is routed for others.
 */
final class Routes {
  private final Target target;
  /** What a request to a path of each shape said about routing: true when the server has none. */
  private final Map<String, Boolean> absentByShape = new HashMap<>();

  Routes(Target target) {
    this.target = target;
  }

  /** Django's answer to an unmatched URL. */
  static boolean unmatched(Exchange ex) {
    if (!ex.answered() || ex.status != 404 || hasRateLimitHeaders(ex)) {
      return false;
    }
    String type = String.valueOf(ex.headers.get("Content-Type"));
    String body = ex.body.trim();
    return body.contains("Page not found") || type.contains("text/html") || body.startsWith("<");
  }

  static boolean hasRateLimitHeaders(Exchange ex) {
    return ex.headers.get(RateLimitCheck.REMAINING) != null || ex.headers.get(RateLimitCheck.RESET) != null;
  }

  /**
   * "Not supported" when this answer to the operation's own request says the server lacks it, or
   * null when the server has it and the other checks apply. On a self-hosted server a Cloud-only
   * operation that answers 403, 404 or 405 is absent too: the URL fell to another route (such as
   * {@code work-items/advanced-search/}, which the work-item identifier route takes).
   */
  Finding notSupported(SpecOperation op, Exchange ex, String check) {
    if (!target.stateful() || !ex.answered()) {
      return null;
    }
    boolean unmatched = unmatched(ex);
    record(op, ex, unmatched);
    boolean otherEdition =
        target.mayLack(op) && Set.of(403, 404, 405).contains(ex.status);
    if (unmatched || ex.status == 405 || otherEdition) {
      return Finding.notSupported(check, reason(op) + ": " + ex.line() + " answered " + ex.status
          + (unmatched ? " with no rate-limit headers (no such route)" : "") + ": " + ex.bodyExcerpt());
    }
    return null;
  }

  /**
   * For an operation the check cannot call (no id, or a write in a read-only run): "not supported"
   * when a GET of its path (ids filled with placeholders) proves the server has no such route, or
   * null. The probe's answer is remembered by path shape, so each shape is asked at most once.
   */
  Finding probe(SpecOperation op, String placeholderPath, Checker checker, String check) {
    if (!target.stateful() || placeholderPath == null) {
      return null;
    }
    Boolean absent = absentByShape.get(op.shape());
    String seen = "";
    if (absent == null) {
      Exchange ex = checker.send("GET", placeholderPath, Map.of(), null);
      absent = ex.answered() && (unmatched(ex) || (target.mayLack(op) && Set.of(403, 404).contains(ex.status)));
      if (ex.answered()) {
        absentByShape.put(op.shape(), absent);
      }
      seen = ": GET " + placeholderPath + " answered " + ex.status + " (no such route)";
    }
    return absent ? Finding.notSupported(check, reason(op) + seen) : null;
  }

  /** How many reads the check sends to learn that a server has no route for a whole API version. */
  static final int VERSION_PROBES = 2;

  /**
   * Whether the server routes this API version at all, learnt from {@value #VERSION_PROBES} reads
   * that need no id (a list of the workspace): null when one of them is routed (or got no answer:
   * the per-operation checks then say so), else "not supported" with the reason and the answers.
   * The open-source server routes no {@code /api/v2/} URL, so its 419 operations are decided by
   * two requests, not 419.
   */
  Finding absentApi(SpecOperations spec, Checker checker) {
    if (!target.stateful()) {
      return null;
    }
    List<String> answers = new ArrayList<>();
    for (SpecOperation op : spec.all()) {
      if (answers.size() == VERSION_PROBES) {
        break;
      }
      if (!op.isRead() || !op.pathParams().stream().allMatch("slug"::equals)
          || !op.parameters("query").stream().noneMatch(p -> Boolean.TRUE.equals(p.get("required")))) {
        continue;
      }
      Exchange ex = checker.send("GET", op.path().replace("{slug}", target.workspace), Map.of(), null);
      if (!unmatched(ex)) {
        return null;
      }
      answers.add(ex.line() + " answered " + ex.status);
    }
    return answers.isEmpty() ? null : Finding.notSupported("response", spec.version().absentReason() + ": "
        + String.join(", ", answers) + " with no rate-limit headers (no such route)");
  }

  /** Why the server lacks the operation. */
  static String reason(SpecOperation op) {
    if (op.cloudOnly()) {
      return "Cloud-only (`x-plane-edition: cloud`)";
    }
    if (op.serverOnly()) {
      return "a server-only alias or undocumented operation, not served here";
    }
    return "documented, but this server version does not route it";
  }

  /** A documented community operation the server does not route: {@code --strict} fails on it. */
  static boolean missingCommunity(SpecOperation op) {
    return !op.cloudOnly() && !op.serverOnly();
  }

  private void record(SpecOperation op, Exchange ex, boolean unmatched) {
    if (unmatched || Routes.hasRateLimitHeaders(ex) || ex.successful()) {
      absentByShape.putIfAbsent(op.shape(), unmatched);
    }
  }
}
