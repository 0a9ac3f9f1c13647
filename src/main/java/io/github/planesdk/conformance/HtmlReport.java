package io.github.planesdk.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.html}: one self-contained page (inline CSS, no scripts, nothing fetched), one row
 * per operation. Every text is escaped: findings quote what the server sent.
 */
final class HtmlReport {
  static final String FILE = "report.html";

  private static final String CSS =
      "body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#1d1d1f}"
          + "h1{font-size:1.4em;margin:0 0 .3em}p.meta{color:#555;margin:.2em 0}"
          + "table{border-collapse:collapse;width:100%;margin-top:1.2em}"
          + "th,td{border-bottom:1px solid #ddd;padding:.45em .6em;text-align:left;vertical-align:top}"
          + "th{background:#f4f4f6}code{font:12px/1.4 ui-monospace,monospace}"
          + ".v{font-weight:600;white-space:nowrap;border-radius:3px;padding:.1em .45em}"
          + ".pass{background:#dff5e3;color:#17652b}.deviation{background:#fde2e1;color:#9b1c1c}"
          + ".not-supported{background:#e8eefc;color:#27408b}.skipped{background:#f1f1f1;color:#555}"
          + "ul{margin:0;padding-left:1.1em}li{margin:.15em 0}.check{color:#555}"
          + ".counts span{margin-right:1em}.verdict{font-size:1.1em;font-weight:600}"
          + "td.req code{word-break:break-all;overflow-wrap:anywhere}"
          + ".filter{margin-top:1em}.filter label{margin-right:1em;cursor:pointer;text-decoration:underline}"
          + "input[name=f]{position:absolute;opacity:0}"
          // filtering by result without a script: a radio button hides the other rows
          + "#f-deviation:checked~table tr.row:not(.r-deviation),"
          + "#f-pass:checked~table tr.row:not(.r-pass),"
          + "#f-not-supported:checked~table tr.row:not(.r-not-supported),"
          + "#f-skipped:checked~table tr.row:not(.r-skipped){display:none}";

  /** What the two rows that are not operations check. */
  private static final String CROSS_CUTTING =
      "Two rows are not operations: <b>authentication</b> sends one request without "
          + "<code>X-API-Key</code> (401 expected) and one with a made-up key (401 or 403 expected); "
          + "<b>rate limit</b> follows <code>X-RateLimit-Remaining</code> and <code>X-RateLimit-Reset</code> "
          + "over every answer of the run (Remaining never rises within one window, Reset is in Unix "
          + "seconds and never goes back) and checks that each 429 carries <code>Retry-After</code>.";

  private HtmlReport() {}

  static void write(Results results, Target target, Path file) throws IOException {
    Files.writeString(file, render(results, target), StandardCharsets.UTF_8);
  }

  static String render(Results results, Target target) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Plane conformance report</title><style>").append(CSS).append("</style></head><body>\n");
    h.append("<h1>Plane conformance report</h1>\n");
    h.append("<p class=\"meta\">Server: ").append(esc(results.scrub(target.describe()))).append("</p>\n");
    h.append("<p class=\"meta\">Run: ").append(esc(Instant.now().toString())).append("</p>\n");
    for (ApiVersion version : results.versions()) {
      List<OperationResult> ops = results.specOperations(version);
      counts(h, version.label() + " " + ops.size() + " operations", Results.counts(ops));
    }
    counts(h, results.crossCutting().size() + " cross-cutting checks", Results.counts(results.crossCutting()));
    h.append("<p class=\"verdict\">")
        .append(results.conforms()
            ? "Conforms: nothing deviates from the spec."
            : "Deviates: the server does not keep the contract of the spec.")
        .append("</p>\n");
    for (String left : results.leftovers()) {
      h.append("<p class=\"v deviation\">Left behind (delete it by hand): <code>")
          .append(esc(left)).append("</code></p>\n");
    }
    h.append("<p class=\"meta\">").append(CROSS_CUTTING).append("</p>\n");
    h.append("<input type=\"radio\" name=\"f\" id=\"f-all\" checked>");
    for (Verdict v : Verdict.values()) {
      h.append("<input type=\"radio\" name=\"f\" id=\"f-").append(css(v)).append("\">");
    }
    h.append("\n<p class=\"filter\">Show: <label for=\"f-all\">all</label>");
    for (Verdict v : Verdict.values()) {
      h.append("<label for=\"f-").append(css(v)).append("\">").append(esc(v.label())).append("</label>");
    }
    h.append("</p>\n");
    h.append("<table>\n<tr><th>Operation</th><th>Request</th><th>Result</th><th>Details</th></tr>\n");
    List<OperationResult> rows = new ArrayList<>(results.operations());
    // deviations first, then the rest in spec order
    rows.sort(Comparator.comparing(r -> r.verdict() != Verdict.DEVIATION));
    for (OperationResult r : rows) {
      Verdict v = r.verdict();
      h.append("<tr class=\"row r-").append(css(v)).append("\"><td><code>").append(esc(r.name()))
          .append("</code><br><span class=\"check\">")
          .append(esc((r.version() == null ? "" : r.version().label() + " · ") + r.group()))
          .append("</span></td><td class=\"req\"><code>").append(esc(r.method())).append(' ')
          .append(esc(r.path())).append("</code></td><td><span class=\"v ").append(css(v)).append("\">")
          .append(esc(v.label())).append("</span></td><td><ul>");
      for (Finding f : r.findings().isEmpty() ? r.deciding() : r.findings()) {
        h.append("<li><span class=\"v ").append(css(f.verdict())).append("\">")
            .append(esc(f.verdict().label())).append("</span> <span class=\"check\">")
            .append(esc(f.check())).append(":</span> ").append(esc(f.detail())).append("</li>");
      }
      h.append("</ul></td></tr>\n");
    }
    h.append("</table>\n</body></html>\n");
    return h.toString();
  }

  /** One line of counts: {@code v2 419 operations: [0 pass] [0 deviation] ...}. */
  private static void counts(StringBuilder h, String what, Map<Verdict, Integer> counts) {
    h.append("<p class=\"counts\"><b>").append(esc(what)).append(":</b> ");
    for (Verdict v : Verdict.values()) {
      h.append("<span class=\"v ").append(css(v)).append("\">").append(counts.get(v)).append(' ')
          .append(esc(v.label())).append("</span>");
    }
    h.append("</p>\n");
  }

  private static String css(Verdict v) {
    return v.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Escapes for text and attribute values alike. */
  static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c < 0x20 && c != '\n' && c != '\t' ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }
}
