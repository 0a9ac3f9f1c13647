package io.github.planesdk.conformance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a schema cannot say about a cursor-paginated list: {@code per_page} is honoured, the cursor
 * advances, no page repeats items, and the list ends ({@code next_page_results: false}) after
 * {@code total_results} items. The page size is chosen so the whole list takes about three pages.
 */
final class PagingCheck {
  static final String CHECK = "paging";
  private static final int MAX_PAGES = 5;

  private final Checker checker;

  PagingCheck(Checker checker) {
    this.checker = checker;
  }

  List<Finding> run(SpecOperation op, String path, Map<String, String> query) {
    if (!checker.target().stateful()) {
      return List.of(Finding.skipped(CHECK, "the mock serves one fixed example page, whatever the cursor"));
    }
    if (op.parameter("query", "per_page").isEmpty() || op.parameter("query", "cursor").isEmpty()) {
      return List.of(Finding.skipped(CHECK, "the spec gives this list no per_page and cursor parameters"));
    }
    Exchange probe = page(path, query, 1, null);
    List<Finding> found = checkPage(op, probe, 1, 1);
    if (!found.isEmpty()) {
      return found;
    }
    Map<String, Object> first = SpecOperations.asMap(probe.json());
    Object total = first.get("total_results");
    if (!(total instanceof Number)) {
      return List.of(Finding.deviation(CHECK, "the first page of " + probe.line() + " has no total_results"));
    }
    long totalResults = ((Number) total).longValue();
    if (totalResults < 2) {
      if (Boolean.TRUE.equals(first.get("next_page_results"))) {
        return List.of(Finding.deviation(CHECK, probe.line() + " says next_page_results: true with "
            + totalResults + " item(s) in all and per_page=1"));
      }
      return List.of(Finding.pass(CHECK, "the list ends after one page (" + totalResults
          + " item(s)); advancing could not be seen with fewer than 2 items"));
    }
    int maximum = maximumPerPage(op);
    int perPage = (int) Math.max(1, Math.min(maximum, (totalResults + 2) / 3));
    return walk(op, path, query, perPage, totalResults);
  }

  private List<Finding> walk(SpecOperation op, String path, Map<String, String> query, int perPage, long total) {
    Set<String> seen = new HashSet<>();
    Set<String> cursors = new HashSet<>();
    String cursor = null;
    long counted = 0;
    for (int n = 1; n <= MAX_PAGES; n++) {
      Exchange ex = page(path, query, perPage, cursor);
      List<Finding> found = checkPage(op, ex, n, perPage);
      if (!found.isEmpty()) {
        return found;
      }
      Map<String, Object> body = SpecOperations.asMap(ex.json());
      boolean more = Boolean.TRUE.equals(body.get("next_page_results"));
      Object next = body.get("next_cursor");
      if (more && (!(next instanceof String) || ((String) next).isEmpty())) {
        return List.of(Finding.deviation(CHECK, "page " + n + " of " + ex.line()
            + " says next_page_results: true but gives no next_cursor"));
      }
      if (more && (next.equals(cursor) || cursors.contains(next))) {
        return List.of(Finding.deviation(CHECK, "the cursor does not advance: page " + n + " of "
            + ex.line() + " (cursor '" + cursor + "') answers next_cursor '" + next + "' again"));
      }
      List<String> repeated = repeats(ex, seen);
      if (!repeated.isEmpty()) {
        return List.of(Finding.deviation(CHECK, "page " + n + " (cursor '" + cursor + "') of "
            + ex.line() + " repeats items of an earlier page: " + repeated));
      }
      counted += ex.items().size();
      if (!more) {
        if (counted != total) {
          return List.of(Finding.deviation(CHECK, "the list ended after " + n + " page(s) of "
              + perPage + " with " + counted + " items, but total_results says " + total));
        }
        return List.of(Finding.pass(CHECK, "per_page=" + perPage + " honoured; the cursor advanced through "
            + n + " pages without repeating an item and the list ended after " + total + " items"));
      }
      cursors.add((String) next);
      cursor = (String) next;
    }
    return List.of(Finding.skipped(CHECK, "per_page=" + perPage + " honoured and the cursor advanced through "
        + MAX_PAGES + " pages without repeats, but the list (" + total + " items) did not end by then"));
  }

  /** Deviations of one page: its shape and per_page. */
  private List<Finding> checkPage(SpecOperation op, Exchange ex, int n, int perPage) {
    List<Finding> found = new ArrayList<>();
    for (Finding f : checker.expectSuccess(op, ex, CHECK)) {
      if (f.verdict() != Verdict.PASS) {
        found.add(f);
      }
    }
    if (!found.isEmpty()) {
      return found;
    }
    List<Object> items = ex.items();
    if (items == null) {
      return List.of(Finding.deviation(CHECK, ex.line() + " answered no results array"));
    }
    if (items.size() > perPage) {
      return List.of(Finding.deviation(CHECK, "per_page=" + perPage + " is not honoured: page " + n
          + " of " + ex.line() + " has " + items.size() + " items"));
    }
    return found;
  }

  /** The ids of this page already seen on an earlier one; adds the new ones to {@code seen}. */
  private static List<String> repeats(Exchange ex, Set<String> seen) {
    List<String> repeated = new ArrayList<>();
    for (Object item : ex.items()) {
      String id = Exchange.idOf(item);
      if (id != null && !seen.add(id)) {
        repeated.add(id);
      }
    }
    return repeated;
  }

  private Exchange page(String path, Map<String, String> query, int perPage, String cursor) {
    Map<String, String> q = new LinkedHashMap<>(query);
    q.put("per_page", String.valueOf(perPage));
    if (cursor != null) {
      q.put("cursor", cursor);
    }
    return checker.send("GET", path, q, null);
  }

  private static int maximumPerPage(SpecOperation op) {
    Object max = op.spec().deref(op.parameter("query", "per_page").get("schema")).get("maximum");
    return max instanceof Number ? ((Number) max).intValue() : 100;
  }
}
