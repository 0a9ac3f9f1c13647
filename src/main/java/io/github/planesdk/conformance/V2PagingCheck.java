package io.github.planesdk.conformance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The v2 page envelope, which a schema cannot pin down: {@code pagination.style} says which of the
 * two styles a page is, and the page carries that style's keys and not the other's (offset:
 * {@code next}, {@code previous}, {@code total_count}; cursor: {@code next_cursor},
 * {@code has_more}). On a real server both walks run over the whole list: the offset walk follows
 * {@code next} until it is null and must count {@code total_count} items, the cursor walk
 * ({@code paginate=cursor}) follows {@code next_cursor} while {@code has_more}; neither may repeat
 * an item, and both must see the same number of items.
 */
final class V2PagingCheck {
  static final String ENVELOPE = "envelope";
  static final String OFFSET = "offset";
  static final String CURSOR = "cursor";
  private static final int MAX_PAGES = 5;

  private final Checker checker;

  V2PagingCheck(Checker checker) {
    this.checker = checker;
  }

  /** The style of a page: null when it is the expected one with that style's keys, else why not. */
  static String styleProblem(Exchange ex, String expected) {
    Map<String, Object> page = SpecOperations.asMap(ex.json());
    Object style = SpecOperations.asMap(page.get("pagination")).get("style");
    if (!expected.equals(style)) {
      return ex.line() + Checker.query(ex) + " answered a page with pagination.style " + quoted(style)
          + ", expected '" + expected + "'";
    }
    List<String> wrong = new ArrayList<>();
    boolean offset = OFFSET.equals(expected);
    for (String key : offset ? List.of("next", "previous") : List.of("next_cursor", "has_more")) {
      if (!page.containsKey(key)) {
        wrong.add("no " + key);
      }
    }
    for (String key : offset ? List.of("next_cursor", "has_more") : List.of("next", "previous", "total_count")) {
      if (page.containsKey(key)) {
        wrong.add(key + " of the other style");
      }
    }
    return wrong.isEmpty() ? null : "the " + expected + " page of " + ex.line() + Checker.query(ex) + " has "
        + String.join(", ", wrong);
  }

  /** The style of the page the read check got (the default: offset), and on a real server both walks. */
  List<Finding> run(SpecOperation op, Exchange first, String path, Map<String, String> query) {
    String problem = styleProblem(first, OFFSET);
    List<Finding> found = new ArrayList<>();
    found.add(problem != null ? Finding.deviation(ENVELOPE, problem)
        : Finding.pass(ENVELOPE, "the default page is pagination.style 'offset' with next and previous"));
    if (problem != null) {
      return found;
    }
    if (!checker.target().stateful()) {
      found.add(Finding.skipped(PagingCheck.CHECK, "the mock serves one fixed example page, whatever the offset or cursor"));
      return found;
    }
    Exchange probe = page(path, query, 1, OFFSET, null);
    Finding bad = checkPage(op, probe, OFFSET, 1, 1);
    if (bad != null) {
      found.add(bad);
      return found;
    }
    Object total = SpecOperations.asMap(probe.json()).get("total_count");
    if (!(total instanceof Number)) {
      found.add(Finding.deviation(PagingCheck.CHECK, probe.line() + Checker.query(probe) + " has no total_count"));
      return found;
    }
    long count = ((Number) total).longValue();
    int perPage = (int) Math.max(1, Math.min(maximumPerPage(op), (count + 2) / 3));
    found.add(walk(op, path, query, OFFSET, perPage, count));
    found.add(walk(op, path, query, CURSOR, perPage, count));
    return found;
  }

  /** One walk over the whole list in one style. */
  private Finding walk(SpecOperation op, String path, Map<String, String> query, String style, int perPage, long total) {
    Set<String> seen = new HashSet<>();
    Set<Object> positions = new HashSet<>();
    Object position = null;
    long counted = 0;
    for (int n = 1; n <= MAX_PAGES; n++) {
      Exchange ex = page(path, query, perPage, style, position);
      Finding bad = checkPage(op, ex, style, n, perPage);
      if (bad != null) {
        return bad;
      }
      Map<String, Object> body = SpecOperations.asMap(ex.json());
      Object next = CURSOR.equals(style) ? body.get("next_cursor") : body.get("next");
      boolean more = CURSOR.equals(style) ? Boolean.TRUE.equals(body.get("has_more")) : next != null;
      if (CURSOR.equals(style) && more && (!(next instanceof String) || ((String) next).isEmpty())) {
        return deviation(style, "page " + n + " of " + ex.line() + " says has_more: true but gives no next_cursor");
      }
      if (more && !positions.add(next)) {
        return deviation(style, "page " + n + " of " + ex.line() + Checker.query(ex) + " points back to '" + next
            + "', which was walked already");
      }
      List<String> repeated = new ArrayList<>();
      for (Object item : SpecOperations.asList(body.get("data"))) {
        String id = Exchange.idOf(item);
        if (id != null && !seen.add(id)) {
          repeated.add(id);
        }
      }
      if (!repeated.isEmpty()) {
        return deviation(style, "page " + n + " of " + ex.line() + Checker.query(ex)
            + " repeats items of an earlier page: " + repeated);
      }
      counted += SpecOperations.asList(body.get("data")).size();
      if (!more) {
        if (counted != total) {
          return deviation(style, "the " + style + " walk ended after " + n + " page(s) of " + perPage + " with "
              + counted + " items, but total_count says " + total);
        }
        return Finding.pass(PagingCheck.CHECK, style + " pages: per_page=" + perPage + " honoured through " + n
            + " pages of pagination.style '" + style + "', no item repeated, " + total + " items in all");
      }
      position = next;
    }
    return Finding.skipped(PagingCheck.CHECK, "the " + style + " walk (per_page=" + perPage + ") did not end within "
        + MAX_PAGES + " pages (" + total + " items)");
  }

  /** A deviation of one page: its answer, its style, its size. */
  private Finding checkPage(SpecOperation op, Exchange ex, String style, int n, int perPage) {
    for (Finding f : checker.expectSuccess(op, ex, PagingCheck.CHECK)) {
      if (f.verdict() != Verdict.PASS) {
        return f;
      }
    }
    String problem = styleProblem(ex, style);
    if (problem != null) {
      return Finding.deviation(PagingCheck.CHECK, problem);
    }
    int size = SpecOperations.asList(SpecOperations.asMap(ex.json()).get("data")).size();
    return size > perPage ? deviation(style, "per_page=" + perPage + " is not honoured: page " + n + " of "
        + ex.line() + Checker.query(ex) + " has " + size + " items") : null;
  }

  /** A page in this style: the first without a position, the next ones at the position the last gave. */
  private Exchange page(String path, Map<String, String> query, int perPage, String style, Object position) {
    Map<String, String> q = new LinkedHashMap<>(query);
    q.put("per_page", String.valueOf(perPage));
    if (CURSOR.equals(style)) {
      q.put("paginate", CURSOR);
    }
    if (position != null) {
      // an offset is a JSON number (a double once parsed): sent as the integer it is
      q.put(CURSOR.equals(style) ? "cursor" : "offset",
          position instanceof Number ? String.valueOf(((Number) position).longValue()) : String.valueOf(position));
    }
    return checker.send("GET", path, q, null);
  }

  private static Finding deviation(String style, String detail) {
    return Finding.deviation(PagingCheck.CHECK, style + " pages: " + detail);
  }

  private static int maximumPerPage(SpecOperation op) {
    Object max = op.spec().deref(op.parameter("query", "per_page").get("schema")).get("maximum");
    return max instanceof Number ? ((Number) max).intValue() : 50;
  }

  private static String quoted(Object value) {
    return value == null ? "(none)" : "'" + value + "'";
  }
}
