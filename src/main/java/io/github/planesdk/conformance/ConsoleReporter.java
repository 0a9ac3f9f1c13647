package io.github.planesdk.conformance;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The console: one progress line while the check runs (rewritten in place on a terminal, a line
 * every few seconds in a CI log), then a summary that names every deviation.
 */
final class ConsoleReporter {
  private final PrintStream out;
  private final boolean terminal;
  private static final long LOG_EVERY_NANOS = 2_000_000_000L;

  private int shown;
  private long lastLogged = System.nanoTime() - LOG_EVERY_NANOS - 1;

  ConsoleReporter(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  void say(String line) {
    clear();
    out.println(line);
  }

  void step(String text) {
    if (terminal) {
      String line = text.length() > 100 ? text.substring(0, 100) : text;
      out.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
      out.flush();
      shown = line.length();
    } else if (System.nanoTime() - lastLogged > LOG_EVERY_NANOS) {
      // a CI log gets a line now and then, not one per request
      out.println("  " + text);
      lastLogged = System.nanoTime();
    }
  }

  /**
   * Deviations in full, then what was not supported or skipped (grouped by reason), then the
   * counts; every row, passes included, is in the HTML report.
   */
  void summary(Results results, Path reportDir) {
    clear();
    out.println();
    Map<String, List<OperationResult>> notSupportedByReason = new LinkedHashMap<>();
    Map<String, List<OperationResult>> skippedByReason = new LinkedHashMap<>();
    for (OperationResult r : results.operations()) {
      Verdict verdict = r.verdict();
      if (verdict == Verdict.DEVIATION) {
        out.println(String.format(Locale.ROOT, "  %-13s %-37s %-6s %s",
            verdict.label().toUpperCase(Locale.ROOT), r.name(), r.method(), r.path()).stripTrailing());
        for (Finding f : r.deciding()) {
          out.println("                  " + f.check() + ": " + printable(f.detail()));
        }
      } else if (verdict == Verdict.NOT_SUPPORTED) {
        // the reason without the request that showed it: one group per reason
        String detail = r.deciding().get(0).detail();
        String reason = detail.split(": (GET|POST|PUT|PATCH|DELETE) ", 2)[0];
        notSupportedByReason.computeIfAbsent(reason, k -> new ArrayList<>()).add(r);
      } else if (verdict == Verdict.SKIPPED) {
        Finding why = r.deciding().get(0);
        skippedByReason.computeIfAbsent(why.check() + ": " + why.detail(), k -> new ArrayList<>()).add(r);
      }
    }
    group("NOT SUPPORTED", notSupportedByReason);
    group("SKIPPED", skippedByReason);
    for (String left : results.leftovers()) {
      out.println("  LEFT BEHIND   " + left + ": remove it by hand");
    }
    out.println();
    for (ApiVersion version : results.versions()) {
      out.println(countLine(results, version));
    }
    List<OperationResult> cross = results.crossCutting();
    if (!cross.isEmpty()) {
      out.println(cross.size() + " cross-cutting checks ("
          + cross.stream().map(OperationResult::name).collect(Collectors.joining(", ")) + "): "
          + counts(Results.counts(cross)));
    }
    out.println("Reports (every operation): " + reportDir.resolve(HtmlReport.FILE) + ", "
        + reportDir.resolve(JUnitXmlReport.FILE));
    out.println(results.conforms()
        ? "CONFORMS: nothing deviates from the spec (exit 0)"
        : "DEVIATES: the server does not keep the contract of the spec (exit 1)");
  }

  private void group(String label, Map<String, List<OperationResult>> byReason) {
    for (Map.Entry<String, List<OperationResult>> group : byReason.entrySet()) {
      List<OperationResult> ops = group.getValue();
      String names = ops.stream().limit(3).map(OperationResult::name).collect(Collectors.joining(", "));
      out.println(String.format(Locale.ROOT, "  %-13s %s", label,
          (ops.size() > 1 ? ops.size() + " operations: " : "") + names + (ops.size() > 3 ? ", ..." : "")));
      out.println("                  " + printable(group.getKey()));
    }
  }

  /** {@code v2 419 operations: 0 pass, 0 deviations, 419 not supported, 0 skipped}. */
  static String countLine(Results results, ApiVersion version) {
    List<OperationResult> ops = results.specOperations(version);
    return version.label() + " " + ops.size() + " operations: " + counts(Results.counts(ops));
  }

  static String counts(Map<Verdict, Integer> counts) {
    return String.format(Locale.ROOT, "%d pass, %d deviation%s, %d not supported, %d skipped",
        counts.get(Verdict.PASS), counts.get(Verdict.DEVIATION), counts.get(Verdict.DEVIATION) == 1 ? "" : "s",
        counts.get(Verdict.NOT_SUPPORTED), counts.get(Verdict.SKIPPED));
  }

  /** Server text may carry terminal escapes: control characters never reach the console. */
  static String printable(String text) {
    return text.replaceAll("[\\p{Cntrl}&&[^\\t]]", "\uFFFD");
  }

  private void clear() {
    if (terminal && shown > 0) {
      out.print("\r" + " ".repeat(shown) + "\r");
      shown = 0;
    }
  }
}
