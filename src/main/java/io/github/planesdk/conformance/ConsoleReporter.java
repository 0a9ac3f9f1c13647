package io.github.planesdk.conformance;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The console: one progress line while the check runs (rewritten in place on a terminal, one
 * line per step in a CI log), then a summary that names every deviation.
 */
final class ConsoleReporter {
  private final PrintStream out;
  private final boolean terminal;
  private int shown;

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
    } else {
      out.println("  " + text);
    }
  }

  void summary(Results results, Path reportDir) {
    clear();
    out.println();
    for (OperationResult r : results.operations()) {
      Verdict verdict = r.verdict();
      out.println(String.format(Locale.ROOT, "  %-13s %-34s %-6s %s",
          verdict.label().toUpperCase(Locale.ROOT), r.name(), r.method(), r.path()).stripTrailing());
      if (verdict != Verdict.PASS) {
        List<Finding> deciding = r.deciding();
        int limit = verdict == Verdict.DEVIATION ? deciding.size() : 1;
        for (Finding f : deciding.subList(0, Math.min(limit, deciding.size()))) {
          out.println("                  " + f.check() + ": " + printable(f.detail()));
        }
      }
    }
    for (String left : results.leftovers()) {
      out.println("  LEFT BEHIND   " + left + " could not be deleted: remove it by hand");
    }
    Map<Verdict, Integer> counts = results.counts();
    out.println();
    out.printf(Locale.ROOT, "%d checked: %d pass, %d deviation%s, %d not supported, %d skipped%n",
        results.operations().size(), counts.get(Verdict.PASS), counts.get(Verdict.DEVIATION),
        counts.get(Verdict.DEVIATION) == 1 ? "" : "s", counts.get(Verdict.NOT_SUPPORTED),
        counts.get(Verdict.SKIPPED));
    out.println("Reports: " + reportDir.resolve(HtmlReport.FILE) + ", " + reportDir.resolve(JUnitXmlReport.FILE));
    out.println(results.conforms()
        ? "CONFORMS: nothing deviates from the spec (exit 0)"
        : "DEVIATES: the server does not keep the contract of the spec (exit 1)");
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
