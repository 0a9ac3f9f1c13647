package io.github.planesdk.conformance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import okhttp3.mockwebserver.MockResponse;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Pieces of a hand-made Plane server for MockWebServer, and a way to run the check against one. */
final class FakePlane {
  static final String KEY = "plane_api_feedfacecafebeef0123456789abcdef";
  static final String WORKSPACE = "acme";
  static final String PROJECTS = "/api/v1/workspaces/acme/projects/";
  /** A generous limit in a window that lasts the whole test run: the SDK never has to wait. */
  static final String REMAINING = "100000";
  static final String RESET = String.valueOf(java.time.Instant.now().getEpochSecond() + 3600);

  private FakePlane() {}

  /** A JSON answer with both rate-limit headers. */
  static MockResponse json(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setHeader("X-RateLimit-Remaining", REMAINING)
        .setHeader("X-RateLimit-Reset", RESET)
        .setBody(body);
  }

  static MockResponse noContent() {
    return new MockResponse()
        .setResponseCode(204)
        .setHeader("X-RateLimit-Remaining", REMAINING)
        .setHeader("X-RateLimit-Reset", RESET);
  }

  static String user() {
    return "{\"id\":\"ecfe465b-8a7c-4954-aff0-1e727123bf24\",\"first_name\":\"Sdk\",\"last_name\":\"Tester\","
        + "\"email\":\"sdk@example.com\",\"avatar\":\"\",\"avatar_url\":null,\"display_name\":\"sdk\"}";
  }

  static String project(String id, String name) {
    return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"identifier\":\"ACME\",\"network\":2,"
        + "\"workspace\":\"9cbd4a61-6e55-4754-b9b3-0d5451c58232\",\"created_by\":null,\"archived_at\":null}";
  }

  static String page(List<String> items, int total, boolean more, String nextCursor) {
    return "{\"grouped_by\":null,\"sub_grouped_by\":null,\"total_count\":" + total + ","
        + "\"next_cursor\":\"" + nextCursor + "\",\"prev_cursor\":\"1:-1:1\","
        + "\"next_page_results\":" + more + ",\"prev_page_results\":false,\"count\":" + items.size() + ","
        + "\"total_pages\":1,\"total_results\":" + total + ",\"extra_stats\":null,"
        + "\"results\":[" + String.join(",", items) + "]}";
  }

  /** Plane's offset paging behind a cursor ({@code per_page:page:is_prev}), done right. */
  static String pageOf(List<String> all, okhttp3.HttpUrl url) {
    String perPageParam = url.queryParameter("per_page");
    int perPage = perPageParam == null ? 1000 : Integer.parseInt(perPageParam);
    String cursor = url.queryParameter("cursor");
    if (cursor != null && !cursor.matches("\\d+:\\d+:[01]")) {
      return "{\"detail\":\"Invalid cursor parameter.\"}";
    }
    int pageIndex = cursor == null ? 0 : Integer.parseInt(cursor.split(":")[1]);
    int from = Math.min(all.size(), pageIndex * perPage);
    int to = Math.min(all.size(), from + perPage);
    return page(all.subList(from, to), all.size(), to < all.size(), perPage + ":" + (pageIndex + 1) + ":0");
  }

  /** What one run printed and wrote. */
  static final class Run {
    final int exitCode;
    final String out;
    final String err;
    final String junit;
    final String html;

    Run(int exitCode, String out, String err, String junit, String html) {
      this.exitCode = exitCode;
      this.out = out;
      this.err = err;
      this.junit = junit;
      this.html = html;
    }

    /** Everything a person or a CI could read. */
    String everything() {
      return out + err + junit + html;
    }
  }

  /** Runs {@link ConformanceMain} as the command line would, with the key in the environment. */
  static Run run(Path reports, String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--report";
    all[args.length + 1] = reports.toString();
    int code =
        ConformanceMain.run(
            all,
            Map.of("PLANE_API_KEY", KEY),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    Path junit = reports.resolve("junit.xml");
    Path html = reports.resolve("report.html");
    return new Run(
        code,
        out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8),
        Files.exists(junit) ? Files.readString(junit) : "",
        Files.exists(html) ? Files.readString(html) : "");
  }

  /** The testcases of a junit.xml, by operation name, each as "verdict: text". */
  static Map<String, String> testcases(String junitXml) throws Exception {
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(junitXml.getBytes(StandardCharsets.UTF_8)));
    NodeList cases = doc.getElementsByTagName("testcase");
    Map<String, String> byName = new LinkedHashMap<>();
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      String name = c.getAttribute("name").split(" ")[0];
      String verdict = "pass";
      String text = c.getTextContent();
      if (c.getElementsByTagName("failure").getLength() > 0) {
        verdict = "failure";
      } else if (c.getElementsByTagName("skipped").getLength() > 0) {
        verdict = "skipped";
        text = ((Element) c.getElementsByTagName("skipped").item(0)).getAttribute("message");
      }
      byName.put(name, verdict + ": " + text);
    }
    return byName;
  }

  static String names(Map<String, String> cases, String verdict) {
    return cases.entrySet().stream()
        .filter(e -> e.getValue().startsWith(verdict + ":"))
        .map(Map.Entry::getKey)
        .collect(Collectors.joining(","));
  }
}
