package io.github.planesdk.conformance;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cycles, modules and intake are off in a new project ({@code cycle_view}, {@code module_view},
 * {@code intake_view} default to false), and the server refuses their reads with 400 until the
 * project turns them on. On a read-only run against such a project that 400 is the project's
 * settings, not a deviation: the read is skipped with that reason. {@code --write} turns them on in
 * its scratch project.
 */
final class ProjectFeatures {
  /** {@code /api/v1/workspaces/acme/projects/<id>/cycles/...}: the project path and the family segment. */
  private static final Pattern FAMILY =
      Pattern.compile("^(/api/v1/workspaces/[^/]+/projects/[^/]+/)([a-z-]*(cycle|module|intake)[a-z-]*)/.*");
  private static final Map<String, String> FLAG =
      Map.of("cycle", "cycle_view", "module", "module_view", "intake", "intake_view");

  private final Checker checker;
  /** The project's answer, by project path (asked at most once each). */
  private final Map<String, Map<String, Object>> projects = new HashMap<>();

  ProjectFeatures(Checker checker) {
    this.checker = checker;
  }

  /**
   * "Skipped" when this 400 to a read of a cycle, module or intake path comes from a project that
   * has the feature off (its own answer says so), else null: the answer is judged as usual.
   */
  Finding turnedOff(SpecOperation op, Exchange ex, String check) {
    if (!checker.target().stateful() || !op.isRead() || !ex.answered() || ex.status != 400) {
      return null;
    }
    Matcher m = FAMILY.matcher(ex.path);
    if (!m.matches()) {
      return null;
    }
    String flag = FLAG.get(m.group(3));
    Map<String, Object> project = projects.computeIfAbsent(m.group(1), path -> {
      Exchange answer = checker.send("GET", path, Map.of(), null);
      return answer.successful() ? SpecOperations.asMap(answer.json()) : Map.of();
    });
    if (!Boolean.FALSE.equals(project.get(flag))) {
      return null;
    }
    boolean intake = m.group(3).equals("intake");
    String feature = intake ? "intake" : m.group(3) + "s";
    String them = intake ? "it" : "them";
    return Finding.skipped(check, "the project has " + feature + " turned off (" + flag + ": false), so "
        + ex.line() + " answered 400: " + ex.bodyExcerpt() + "; --write turns " + them + " on in its scratch"
        + " project, or pass --project with a project that has " + them + " on");
  }
}
