package io.github.planesdk.conformance;

import io.github.planesdk.json.PlaneJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A stateful fake of the open-source Plane server (community edition, API v1, default settings),
 * built from recorded exchanges with a real one: its routes only (every other URL answers as
 * Django's unmatched URL), its validation rules (project name pattern, cycles/modules/intake off
 * until the project enables them, membership ids), its headers (rate-limit headers where it sends
 * them, none on 401/403/unmatched/stickies/invitations) and its faults: {@code per_page=0} and an
 * unknown {@code order_by} answer 500, so do {@code POST /assets/user-assets/server/},
 * {@code POST /workspaces/{slug}/assets/} and {@code GET} of an uploaded workspace asset; the
 * estimates family is not routed. It advertises a generous rate limit, so the check never waits.
 * Answer bodies are copies of recorded ones ({@code fake-plane/objects.json}).
 */
final class OpenSourcePlane extends Dispatcher {
  static final String KEY = FakePlane.KEY;
  static final String WORKSPACE = "acme";
  static final String USER_ID = "ecfe465b-8a7c-4954-aff0-1e727123bf24";
  /** The project the workspace already has, with every feature on and a little of everything. */
  static final String PROJECT_ID = "1ab7ec3f-552e-4a0f-845c-0c4371e8ac2c";

  private static final String UUID_RE = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";
  private static final String W = "workspaces/([^/]+)/";
  private static final String P = W + "projects/" + UUID_RE + "/";
  private static final Pattern SPECIAL = Pattern.compile("[&+,:;$^}{*=?@#|'<>.()%!-]");
  private static final Pattern CURSOR = Pattern.compile("^([0-9]+)(\\.[0-9]+)?:(-?[0-9]+):([01])$");
  private static final Set<String> ORDER_FIELDS =
      Set.of("created_at", "updated_at", "name", "sequence_id", "priority", "sort_order", "id", "state__name");
  private static final long LIMIT = 100_000;

  private final Map<String, Map<String, Object>> templates = templates();
  private final List<Route> routes = new ArrayList<>();
  private final long reset = Instant.now().getEpochSecond() + 3600;
  /** Every request, and those the API-key throttle counts (the ones answered with rate-limit headers). */
  final AtomicInteger requests = new AtomicInteger();
  final AtomicInteger throttled = new AtomicInteger();
  /** Requests to {@code /api/v2/}, which this server does not route. */
  final AtomicInteger v2Requests = new AtomicInteger();

  /** Objects by kind, then id; each object's parent ids are in its own fields. */
  private final Map<String, Map<String, Map<String, Object>>> store = new LinkedHashMap<>();
  private int sequence;

  /** A workspace whose project has cycles, modules and intake turned on. */
  OpenSourcePlane() {
    this(true);
  }

  /** With {@code featuresOn} false the project keeps the defaults: cycles, modules and intake off. */
  OpenSourcePlane(boolean featuresOn) {
    routes();
    seed(featuresOn);
  }

  // ---------------------------------------------------------------- routing and the cross-cutting rules

  /** One URL pattern of the server, with its handlers by method. */
  private static final class Route {
    final Pattern pattern;
    final Map<String, Function<Call, MockResponse>> byMethod = new LinkedHashMap<>();
    boolean throttled = true;

    Route(String regex) {
      this.pattern = Pattern.compile("^/api/v1/" + regex + "$");
    }
  }

  /** One request, matched. */
  static final class Call {
    final String method;
    final Matcher m;
    final HttpUrl url;
    Map<String, Object> body = Map.of();

    Call(String method, Matcher m, HttpUrl url) {
      this.method = method;
      this.m = m;
      this.url = url;
    }

    String g(int group) {
      return m.group(group);
    }
  }

  private Route route(String regex) {
    Route r = new Route(regex);
    routes.add(r);
    return r;
  }

  @Override
  public synchronized MockResponse dispatch(RecordedRequest request) {
    requests.incrementAndGet();
    HttpUrl url = request.getRequestUrl();
    String path = url.encodedPath();
    if (path.startsWith("/api/v2/")) {
      v2Requests.incrementAndGet();
    }
    for (Route r : routes) {
      Matcher m = r.pattern.matcher(path);
      if (m.matches()) {
        return answer(r, m, request, url);
      }
    }
    return unmatched();
  }

  private MockResponse answer(Route r, Matcher m, RecordedRequest request, HttpUrl url) {
    String key = request.getHeader("X-API-Key");
    if (key == null) {
      return plain(401, "{\"detail\":\"Authentication credentials were not provided.\"}");
    }
    if (!KEY.equals(key)) {
      return plain(403, "{\"detail\":\"Given API token is not valid\"}");
    }
    if (path(url).startsWith("workspaces/") && !url.pathSegments().get(3).equals(WORKSPACE)) {
      return forbidden();
    }
    if (path(url).matches(P + ".+") && !kind("project").containsKey(url.pathSegments().get(5))) {
      return forbidden(); // an unknown project under a project route: 403, not 404
    }
    MockResponse answer = handle(r, m, request, url);
    if (r.throttled) {
      throttled.incrementAndGet();
      answer.setHeader("X-RateLimit-Remaining", String.valueOf(Math.max(0, LIMIT - throttled.get())));
      answer.setHeader("X-RateLimit-Reset", String.valueOf(reset));
    }
    return answer;
  }

  private MockResponse handle(Route r, Matcher m, RecordedRequest request, HttpUrl url) {
    Function<Call, MockResponse> handler = r.byMethod.get(request.getMethod());
    if (handler == null) {
      return json(405, "{\"detail\":\"Method \\\"" + request.getMethod() + "\\\" not allowed.\"}");
    }
    Call call = new Call(request.getMethod(), m, url);
    String text = request.getBody().readUtf8();
    if (!text.isEmpty()) {
      try {
        call.body = SpecOperations.asMap(PlaneJson.moshi().adapter(Object.class).fromJson(text));
      } catch (IOException | RuntimeException e) {
        return json(400, "{\"detail\":\"JSON parse error - Expecting value: line 1 column 10 (char 9)\"}");
      }
    }
    try {
      return handler.apply(call);
    } catch (Refusal e) {
      return e.answer;
    }
  }

  private static String path(HttpUrl url) {
    return url.encodedPath().substring("/api/v1/".length());
  }

  /** Django's answer to a URL no route matches: before any view, so no rate-limit headers. */
  static MockResponse unmatched() {
    return plain(404, "{\"error\":\"Page not found.\"}");
  }

  private static MockResponse forbidden() {
    return plain(403, "{\"detail\":\"You do not have permission to perform this action.\"}");
  }

  private static MockResponse plain(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
  }

  private static MockResponse json(int status, Object body) {
    String text = body instanceof String ? (String) body : PlaneJson.moshi().adapter(Object.class).serializeNulls().toJson(plain(body));
    return plain(status, text);
  }

  private static MockResponse noContent() {
    return new MockResponse().setResponseCode(204);
  }

  /** An answer that ends a handler early. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient MockResponse answer;

    Refusal(int status, String body) {
      super(null, null, false, false);
      this.answer = json(status, body);
    }
  }

  private static final Refusal NOT_FOUND = new Refusal(404, "{\"error\":\"The requested resource does not exist.\"}");

  // ---------------------------------------------------------------- the routes of API v1

  private void routes() {
    Route me = route("users/me/");
    me.byMethod.put("GET", c -> json(200, templates.get("user")));

    Route members = route(W + "members/");
    members.byMethod.put("GET", c -> json(200, List.of(templates.get("workspaceMember"))));

    Route projects = route(W + "projects/");
    projects.byMethod.put("GET", c -> page(c, list("project", o -> true)));
    projects.byMethod.put("POST", this::createProject);
    projects.byMethod.put("DELETE", c -> forbidden()); // the permission check runs first
    Route project = route(W + "projects/" + UUID_RE + "/");
    project.byMethod.put("GET", c -> json(200, get("project", c.g(2))));
    project.byMethod.put("PATCH", c -> {
      Map<String, Object> p = get("project", c.g(2));
      if (p.get("archived_at") != null) {
        throw new Refusal(400, "{\"error\":\"Archived project cannot be updated\"}");
      }
      checkProjectNames(c.body, p);
      return json(200, merge(p, c.body));
    });
    project.byMethod.put("DELETE", c -> delete("project", c.g(2)));
    Route archive = route(P + "archive/");
    archive.byMethod.put("POST", c -> {
      get("project", c.g(2)).put("archived_at", now());
      return noContent();
    });
    archive.byMethod.put("DELETE", c -> {
      get("project", c.g(2)).put("archived_at", null);
      return noContent();
    });
    liteLists();
    route(P + "summary/").byMethod.put("GET", c -> {
      Map<String, Object> summary = copy(templates.get("projectSummary"));
      Map<String, Object> p = get("project", c.g(2));
      summary.put("id", p.get("id"));
      summary.put("name", p.get("name"));
      summary.put("identifier", p.get("identifier"));
      return json(200, summary);
    });

    crud(P + "states/", "state", "project", 200, null);
    crud(P + "labels/", "label", "project", 201, null);
    for (String items : new String[] {"work-items", "issues"}) {
      workItems(items);
    }
    cycles();
    modules();
    for (String alias : new String[] {"project-members", "members"}) {
      projectMembers(alias);
    }
    intake();
    Route stickies = crud(W + "stickies/", "sticky", null, 201, null);
    stickies.throttled = false;
    Route sticky = route(W + "stickies/" + UUID_RE + "/");
    sticky.throttled = false;
    sticky.byMethod.put("GET", c -> json(200, find("sticky", c.g(2), "{\"detail\":\"No Sticky matches the given query.\"}")));
    sticky.byMethod.put("PUT", c -> json(200, merge(find("sticky", c.g(2), "{\"detail\":\"No Sticky matches the given query.\"}"), c.body)));
    sticky.byMethod.put("PATCH", sticky.byMethod.get("PUT"));
    sticky.byMethod.put("DELETE", c -> delete("sticky", c.g(2)));
    invitations();
    assets();
  }

  /** A collection and its items: list, create, get, update, delete. */
  private Route crud(String collection, String kind, String parent, int createStatus, String parentField) {
    Route list = route(collection);
    list.byMethod.put("GET", c -> page(c, list(kind, o -> parent == null || c.g(2).equals(o.get(parent)))));
    list.byMethod.put("POST", c -> {
      Map<String, Object> o = create(kind, c.body);
      if (parent != null) {
        o.put(parent, c.g(2));
      }
      if (kind.equals("state") && list("state", s -> s.get("name").equals(c.body.get("name"))
          && c.g(2).equals(s.get("project")) && s != o).size() > 0) {
        kind(kind).remove(o.get("id"));
        throw new Refusal(409, "{\"error\":\"State with the same name already exists in the project\"}");
      }
      return json(createStatus, o);
    });
    if (parent == null) {
      return list;
    }
    Route item = route(collection + UUID_RE + "/");
    item.byMethod.put("GET", c -> json(200, get(kind, c.g(3))));
    item.byMethod.put("PATCH", c -> json(200, merge(get(kind, c.g(3)), c.body)));
    item.byMethod.put("DELETE", c -> delete(kind, c.g(3)));
    return list;
  }

  private MockResponse createProject(Call c) {
    if (c.body.get("identifier") == null) {
      throw new Refusal(400, "{\"identifier\":[\"This field is required.\"]}");
    }
    checkProjectNames(c.body, null);
    if (!list("project", p -> p.get("name").equals(c.body.get("name"))).isEmpty()) {
      throw new Refusal(409, "{\"name\":\"The project name is already taken\"}");
    }
    Map<String, Object> p = create("project", c.body);
    for (String feature : new String[] {"cycle_view", "module_view", "intake_view"}) {
      p.put(feature, Boolean.TRUE.equals(c.body.get(feature)));
    }
    defaultStates((String) p.get("id"));
    Map<String, Object> membership = create("membership", Map.of());
    membership.put("project", p.get("id"));
    return json(201, p);
  }

  /** The server refuses a project name or identifier with any of these characters. */
  private static void checkProjectNames(Map<String, Object> body, Map<String, Object> existing) {
    for (String field : new String[] {"name", "identifier"}) {
      Object value = body.get(field);
      if (value instanceof String && SPECIAL.matcher((String) value).find()) {
        throw new Refusal(400, "{\"error\":\"Project " + field + " cannot contain special characters.\"}");
      }
    }
  }

  private void workItems(String items) {
    String attachments = items.equals("issues") ? "issue-attachments" : "attachments";
    Route list = route(P + items + "/");
    list.byMethod.put("GET", c -> page(c, list("workItem", o -> c.g(2).equals(o.get("project")))));
    list.byMethod.put("POST", c -> json(201, createWorkItem(c.g(2), c.body)));
    Route item = route(P + items + "/" + UUID_RE + "/");
    item.byMethod.put("GET", c -> json(200, workItem(c)));
    item.byMethod.put("PATCH", c -> json(200, merge(workItem(c), c.body)));
    item.byMethod.put("DELETE", c -> {
      workItem(c);
      return delete("workItem", c.g(3));
    });
    route(W + items + "/search/").byMethod.put("GET", c -> {
      String q = String.valueOf(c.url.queryParameter("search"));
      List<Object> found = new ArrayList<>();
      for (Map<String, Object> w : list("workItem", o -> String.valueOf(o.get("name")).contains(q))) {
        Map<String, Object> hit = new LinkedHashMap<>();
        hit.put("name", w.get("name"));
        hit.put("id", w.get("id"));
        hit.put("sequence_id", w.get("sequence_id"));
        hit.put("project__identifier", get("project", (String) w.get("project")).get("identifier"));
        hit.put("project_id", w.get("project"));
        hit.put("workspace__slug", WORKSPACE);
        found.add(hit);
      }
      return json(200, Map.of("issues", c.url.queryParameter("search") == null ? List.of() : found));
    });
    // the identifier route also takes work-items/advanced-search/ (a Cloud-only path): 403
    route(W + items + "/([^/]+)-([^/]+)/").byMethod.put("GET", c -> {
      List<Map<String, Object>> p = list("project", o -> o.get("identifier").equals(c.g(2)));
      if (p.isEmpty()) {
        return forbidden();
      }
      List<Map<String, Object>> w = list("workItem", o -> o.get("project").equals(p.get(0).get("id"))
          && String.valueOf(o.get("sequence_id")).equals(c.g(3)));
      if (w.isEmpty()) {
        throw NOT_FOUND;
      }
      return json(200, w.get(0));
    });
    child(P + items + "/" + UUID_RE + "/comments/", "comment", 201);
    child(P + items + "/" + UUID_RE + "/links/", "link", 201);
    Route activities = route(P + items + "/" + UUID_RE + "/activities/");
    activities.byMethod.put("GET", c -> {
      workItem(c);
      return page(c, list("activity", o -> c.g(3).equals(o.get("issue"))));
    });
    route(P + items + "/" + UUID_RE + "/activities/" + UUID_RE + "/").byMethod.put("GET", c -> {
      workItem(c);
      Map<String, Object> a = kind("activity").get(c.g(4));
      if (a == null) {
        throw new Refusal(404, "{\"message\":\"Activity not found.\",\"code\":\"NOT_FOUND\"}");
      }
      return json(200, a);
    });
    Route attach = route(P + items + "/" + UUID_RE + "/" + attachments + "/");
    attach.byMethod.put("GET", c -> {
      workItem(c);
      return json(200, list("attachment", o -> c.g(3).equals(o.get("issue")) && Boolean.TRUE.equals(o.get("is_uploaded"))));
    });
    attach.byMethod.put("POST", c -> {
      workItem(c);
      if (c.body.get("name") == null) {
        throw new Refusal(400, "{\"error\":\"Invalid request.\",\"status\":false}");
      }
      Map<String, Object> a = create("attachment", Map.of());
      a.put("issue", c.g(3));
      a.put("project", c.g(2));
      a.put("is_uploaded", false);
      a.put("attributes", Map.of("name", c.body.get("name"), "size", c.body.getOrDefault("size", 0),
          "type", c.body.getOrDefault("type", "image/png")));
      Map<String, Object> upload = copy(templates.get("attachmentUpload"));
      upload.put("asset_id", a.get("id"));
      upload.put("attachment", a);
      return json(200, upload);
    });
    Route attachment = route(P + items + "/" + UUID_RE + "/" + attachments + "/" + UUID_RE + "/");
    attachment.byMethod.put("GET", c -> {
      Map<String, Object> a = get("attachment", c.g(4));
      if (!Boolean.TRUE.equals(a.get("is_uploaded"))) {
        throw new Refusal(400, "{\"error\":\"The asset is not uploaded.\",\"status\":false}");
      }
      return new MockResponse().setResponseCode(302).setHeader("Content-Type", "text/html; charset=utf-8")
          .setHeader("Location", "http://127.0.0.1:9000/uploads/" + a.get("id") + "?X-Amz-Expires=3600");
    });
    attachment.byMethod.put("PATCH", c -> {
      get("attachment", c.g(4)).put("is_uploaded", true);
      return noContent();
    });
    attachment.byMethod.put("DELETE", c -> delete("attachment", c.g(4)));
    Route relations = route(P + items + "/" + UUID_RE + "/relations/");
    relations.byMethod.put("GET", c -> {
      workItem(c);
      Map<String, Object> all = copy(templates.get("relations"));
      for (Map<String, Object> rel : list("relation", o -> c.g(3).equals(o.get("issue")))) {
        List<Object> typed = new ArrayList<>(SpecOperations.asList(all.get(rel.get("relation_type"))));
        typed.add(Map.of("project_id", c.g(2), "issue_id", rel.get("related")));
        all.put((String) rel.get("relation_type"), typed);
      }
      return json(200, all);
    });
    relations.byMethod.put("POST", c -> {
      workItem(c);
      List<Object> answer = new ArrayList<>();
      for (Object other : SpecOperations.asList(c.body.get("issues"))) {
        Map<String, Object> target = get("workItem", String.valueOf(other));
        Map<String, Object> rel = create("relation", Map.of());
        rel.put("issue", c.g(3));
        rel.put("related", target.get("id"));
        rel.put("relation_type", c.body.get("relation_type"));
        Map<String, Object> related = copy(templates.get("relatedWorkItem"));
        related.put("id", target.get("id"));
        related.put("project_id", c.g(2));
        related.put("name", target.get("name"));
        related.put("relation_type", c.body.get("relation_type"));
        answer.add(related);
      }
      return json(201, answer);
    });
  }

  /** A collection under a work item: list, create, get, update, delete. */
  private void child(String collection, String kind, int createStatus) {
    Route list = route(collection);
    list.byMethod.put("GET", c -> {
      workItem(c);
      return page(c, list(kind, o -> c.g(3).equals(o.get("issue"))));
    });
    list.byMethod.put("POST", c -> {
      workItem(c);
      if (kind.equals("link") && !list("link", o -> c.g(3).equals(o.get("issue"))
          && String.valueOf(o.get("url")).equals(c.body.get("url"))).isEmpty()) {
        throw new Refusal(400, "{\"error\":\"URL already exists for this Issue\"}");
      }
      Map<String, Object> o = create(kind, c.body);
      o.put("issue", c.g(3));
      o.put("project", c.g(2));
      return json(createStatus, o);
    });
    Route item = route(collection + UUID_RE + "/");
    item.byMethod.put("GET", c -> json(200, get(kind, c.g(4))));
    item.byMethod.put("PATCH", c -> json(200, merge(get(kind, c.g(4)), c.body)));
    item.byMethod.put("DELETE", c -> delete(kind, c.g(4)));
  }

  /**
   * The {@code *-lite} lists (in the server's own generated schema, not recorded): the v1 page
   * envelope over the same rows as the full lists, projects and members with fewer fields.
   */
  private void liteLists() {
    route(W + "projects-lite/").byMethod.put("GET", c -> page(c, only(PROJECT_LITE, list("project", o -> true))));
    route(P + "cycles-lite/").byMethod.put("GET", c -> {
      feature(c, "cycle_view", "Cycles");
      return page(c, list("cycle", o -> c.g(2).equals(o.get("project")) && o.get("archived_at") == null));
    });
    route(P + "modules-lite/").byMethod.put("GET", c -> {
      feature(c, "module_view", "Modules");
      return page(c, list("module", o -> c.g(2).equals(o.get("project")) && o.get("archived_at") == null));
    });
    route(W + "members-lite/").byMethod.put("GET", c -> page(c, List.of(copy(templates.get("workspaceMember")))));
    route(P + "project-members-lite/").byMethod.put("GET", c -> {
      get("project", c.g(2));
      return page(c, List.of(copy(templates.get("workspaceMember"))));
    });
  }

  private static final List<String> PROJECT_LITE = List.of(
      "id", "identifier", "name", "cover_image", "icon_prop", "emoji", "description", "cover_image_url", "archived_at");

  private static List<Map<String, Object>> only(List<String> keys, List<Map<String, Object>> rows) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Map<String, Object> lite = new LinkedHashMap<>();
      for (String key : keys) {
        lite.put(key, row.get(key));
      }
      out.add(lite);
    }
    return out;
  }

  private void cycles() {
    Route list = route(P + "cycles/");
    list.byMethod.put("GET", c -> {
      feature(c, "cycle_view", "Cycles");
      List<Map<String, Object>> cycles = list("cycle", o -> c.g(2).equals(o.get("project")) && o.get("archived_at") == null);
      return "current".equals(c.url.queryParameter("cycle_view")) ? json(200, cycles) : page(c, cycles);
    });
    list.byMethod.put("POST", c -> {
      feature(c, "cycle_view", "Cycles");
      if (c.body.get("project_id") == null) {
        throw new Refusal(400, "{\"non_field_errors\":[\"Project ID is required\"]}");
      }
      if ((c.body.get("start_date") == null) != (c.body.get("end_date") == null)) {
        throw new Refusal(400, "{\"error\":\"Both start date and end date are either required or are to be null\"}");
      }
      Map<String, Object> cycle = create("cycle", c.body);
      cycle.put("project", c.g(2));
      cycle.remove("project_id");
      return json(201, cycle);
    });
    Route item = route(P + "cycles/" + UUID_RE + "/");
    item.byMethod.put("GET", c -> json(200, cycle(c, false)));
    item.byMethod.put("PATCH", c -> {
      Map<String, Object> cycle = cycle(c, false);
      if (completed(cycle)) {
        throw new Refusal(400, "{\"error\":\"The Cycle has already been completed so it cannot be edited\"}");
      }
      return json(200, merge(cycle, c.body));
    });
    item.byMethod.put("DELETE", c -> {
      cycle(c, true);
      return delete("cycle", c.g(3));
    });
    route(P + "cycles/" + UUID_RE + "/archive/").byMethod.put("POST", c -> {
      Map<String, Object> cycle = cycle(c, false);
      if (!completed(cycle)) {
        throw new Refusal(400, "{\"error\":\"Only completed cycles can be archived\"}");
      }
      cycle.put("archived_at", now());
      return noContent();
    });
    route(P + "archived-cycles/").byMethod.put("GET", c -> {
      feature(c, "cycle_view", "Cycles");
      return page(c, list("cycle", o -> c.g(2).equals(o.get("project")) && o.get("archived_at") != null));
    });
    route(P + "archived-cycles/" + UUID_RE + "/unarchive/").byMethod.put("DELETE", c -> {
      cycle(c, true).put("archived_at", null);
      return noContent();
    });
    membership(P + "cycles/" + UUID_RE + "/cycle-issues/", "cycleIssue", "cycle", c -> {
      Map<String, Object> cycle = cycle(c, false);
      if (c.method.equals("POST") && completed(cycle)) {
        throw new Refusal(400, "{\"code\":\"CYCLE_COMPLETED\","
            + "\"message\":\"The Cycle has already been completed so no new issues can be added\"}");
      }
      return cycle;
    }, true);
    route(P + "cycles/" + UUID_RE + "/transfer-issues/").byMethod.put("POST", c -> {
      Map<String, Object> cycle = cycle(c, false);
      if (c.body.get("new_cycle_id") == null) {
        throw new Refusal(400, "{\"error\":\"New Cycle Id is required\"}");
      }
      if (!completed(cycle)) {
        throw new Refusal(400, "{\"error\":\"The old cycle is not completed yet\"}");
      }
      String target = String.valueOf(c.body.get("new_cycle_id"));
      get("cycle", target);
      for (Map<String, Object> row : list("cycleIssue", o -> c.g(3).equals(o.get("cycle")))) {
        row.put("cycle", target);
      }
      return json(200, "{\"message\":\"Success\"}");
    });
  }

  private void modules() {
    Route list = route(P + "modules/");
    list.byMethod.put("GET", c -> {
      feature(c, "module_view", "Modules");
      return page(c, list("module", o -> c.g(2).equals(o.get("project")) && o.get("archived_at") == null));
    });
    list.byMethod.put("POST", c -> {
      feature(c, "module_view", "Modules");
      Map<String, Object> module = create("module", c.body);
      module.put("project", c.g(2));
      return json(201, module);
    });
    Route item = route(P + "modules/" + UUID_RE + "/");
    item.byMethod.put("GET", c -> json(200, module(c, false)));
    item.byMethod.put("PATCH", c -> json(200, merge(module(c, false), c.body)));
    item.byMethod.put("DELETE", c -> {
      module(c, true);
      return delete("module", c.g(3));
    });
    route(P + "modules/" + UUID_RE + "/archive/").byMethod.put("POST", c -> {
      Map<String, Object> module = module(c, false);
      if (!Set.of("completed", "cancelled").contains(module.get("status"))) {
        throw new Refusal(400, "{\"error\":\"Only completed or cancelled modules can be archived\"}");
      }
      module.put("archived_at", now());
      return noContent();
    });
    route(P + "archived-modules/").byMethod.put("GET", c -> {
      feature(c, "module_view", "Modules");
      return page(c, list("module", o -> c.g(2).equals(o.get("project")) && o.get("archived_at") != null));
    });
    route(P + "archived-modules/" + UUID_RE + "/unarchive/").byMethod.put("DELETE", c -> {
      module(c, true).put("archived_at", null);
      return noContent();
    });
    membership(P + "modules/" + UUID_RE + "/module-issues/", "moduleIssue", "module", c -> module(c, false), false);
  }

  /** Work items in a cycle or module: list (work items), add (200, every row), get one row, remove. */
  private void membership(String collection, String kind, String owner, Function<Call, Map<String, Object>> parent,
      boolean gettable) {
    Route list = route(collection);
    list.byMethod.put("GET", c -> {
      parent.apply(c);
      List<Map<String, Object>> items = new ArrayList<>();
      for (Map<String, Object> row : list(kind, o -> c.g(3).equals(o.get(owner)))) {
        items.add(kind("workItem").get(row.get("issue")));
      }
      return page(c, items);
    });
    list.byMethod.put("POST", c -> {
      parent.apply(c);
      List<Object> issues = SpecOperations.asList(c.body.get("issues"));
      if (issues.isEmpty()) {
        throw new Refusal(400, kind.equals("cycleIssue")
            ? "{\"error\":\"Work items are required\",\"code\":\"MISSING_WORK_ITEMS\"}"
            : "{\"error\":\"Issues are required\"}");
      }
      for (Object issue : issues) {
        get("workItem", String.valueOf(issue));
        Map<String, Object> row = create(kind, Map.of());
        row.put(owner, c.g(3));
        row.put("issue", issue);
        row.put("project", c.g(2));
      }
      return json(200, list(kind, o -> c.g(3).equals(o.get(owner))));
    });
    Route item = route(collection + UUID_RE + "/");
    if (gettable) {
      item.byMethod.put("GET", c -> json(200, row(kind, owner, c)));
    }
    item.byMethod.put("DELETE", c -> delete(kind, (String) row(kind, owner, c).get("id")));
  }

  private Map<String, Object> row(String kind, String owner, Call c) {
    List<Map<String, Object>> rows = list(kind, o -> c.g(3).equals(o.get(owner)) && c.g(4).equals(o.get("issue")));
    if (rows.isEmpty()) {
      throw NOT_FOUND;
    }
    return rows.get(0);
  }

  private void projectMembers(String alias) {
    Route list = route(P + alias + "/");
    list.byMethod.put("GET", c -> {
      List<Object> users = new ArrayList<>();
      for (Map<String, Object> m : list("membership", o -> c.g(2).equals(o.get("project")))) {
        users.add(templates.get("user"));
      }
      return json(200, users);
    });
    list.byMethod.put("POST", c -> {
      Object member = c.body.get("member");
      if (!USER_ID.equals(member)) {
        throw new Refusal(400, "{\"member\":[\"Invalid pk \\\"" + member + "\\\" - object does not exist.\"]}");
      }
      // the workspace's only user is a member of every project already
      throw new Refusal(400, "{\"error\":\"The payload is not valid\"}");
    });
    // the path takes the membership row id; a user id names nothing here
    Route item = route(P + alias + "/" + UUID_RE + "/");
    item.byMethod.put("GET", c -> {
      get("membership", c.g(3));
      return json(200, templates.get("user"));
    });
    item.byMethod.put("PATCH", c -> {
      Map<String, Object> m = merge(get("membership", c.g(3)), c.body);
      return json(200, Map.of("id", m.get("id"), "member", USER_ID, "role", m.getOrDefault("role", 20)));
    });
    item.byMethod.put("DELETE", c -> delete("membership", c.g(3)));
  }

  private void intake() {
    Route list = route(P + "intake-issues/");
    list.byMethod.put("GET", c -> {
      feature(c, "intake_view", "Intake");
      return page(c, list("intake", o -> c.g(2).equals(o.get("project"))));
    });
    list.byMethod.put("POST", c -> {
      feature(c, "intake_view", "Intake");
      Map<String, Object> issue = SpecOperations.asMap(c.body.get("issue"));
      if (issue.get("name") == null) {
        throw new Refusal(400, "{\"error\":\"Name is required\"}");
      }
      Map<String, Object> w = createWorkItem(c.g(2), issue);
      Map<String, Object> in = create("intake", Map.of());
      in.put("project", c.g(2));
      in.put("issue", w.get("id"));
      Map<String, Object> detail = copy(SpecOperations.asMap(in.get("issue_detail")));
      detail.put("id", w.get("id"));
      detail.put("name", w.get("name"));
      in.put("issue_detail", detail);
      return json(201, in);
    });
    // the path takes the work item id (the intake item's "issue"), not the intake row id
    Route item = route(P + "intake-issues/" + UUID_RE + "/");
    item.byMethod.put("GET", c -> json(200, intakeItem(c)));
    item.byMethod.put("PATCH", c -> {
      Map<String, Object> in = intakeItem(c);
      if (c.body.containsKey("status")) {
        in.put("status", c.body.get("status"));
      }
      return json(200, in);
    });
    item.byMethod.put("DELETE", c -> delete("intake", (String) intakeItem(c).get("id")));
  }

  private Map<String, Object> intakeItem(Call c) {
    feature(c, "intake_view", "Intake");
    List<Map<String, Object>> found = list("intake", o -> c.g(3).equals(o.get("issue")));
    if (found.isEmpty()) {
      throw NOT_FOUND;
    }
    return found.get(0);
  }

  private void invitations() {
    Route list = route(W + "invitations/");
    list.throttled = false;
    list.byMethod.put("GET", c -> json(200, list("invitation", o -> true)));
    list.byMethod.put("POST", c -> {
      String email = String.valueOf(c.body.get("email"));
      if (!email.contains("@")) {
        throw new Refusal(400, "{\"email\":[\"Enter a valid email address.\"]}");
      }
      if (!list("invitation", o -> email.equals(o.get("email"))).isEmpty()) {
        throw new Refusal(400, "{\"non_field_errors\":[\"Email already invited\"]}");
      }
      return json(201, create("invitation", c.body));
    });
    Route item = route(W + "invitations/" + UUID_RE + "/");
    item.throttled = false;
    String missing = "{\"error\":\"The required object does not exist.\"}";
    item.byMethod.put("GET", c -> json(200, find("invitation", c.g(2), missing)));
    item.byMethod.put("PUT", c -> json(400, "{\"error\":\"The required key does not exist.\"}"));
    item.byMethod.put("PATCH", c -> {
      Map<String, Object> inv = find("invitation", c.g(2), missing);
      if (c.body.containsKey("email") && !c.body.get("email").equals(inv.get("email"))) {
        throw new Refusal(400, "{\"error\":\"Email cannot be updated\",\"code\":\"EMAIL_CANNOT_BE_UPDATED\"}");
      }
      return json(200, merge(inv, c.body));
    });
    item.byMethod.put("DELETE", c -> {
      find("invitation", c.g(2), missing);
      return delete("invitation", c.g(2));
    });
  }

  private void assets() {
    String failed = "{\"error\":\"Something went wrong please try again later\"}";
    route("assets/user-assets/").byMethod.put("POST", c -> {
      if (c.body.get("entity_type") == null) {
        throw new Refusal(400, "{\"error\":\"Invalid entity type.\",\"status\":false}");
      }
      Map<String, Object> asset = create("asset", Map.of());
      Map<String, Object> upload = copy(templates.get("assetUpload"));
      upload.put("asset_id", asset.get("id"));
      return json(200, upload);
    });
    // fault: the storage helper is called with an argument it does not take
    route("assets/user-assets/server/").byMethod.put("POST", c -> json(500, failed));
    for (String suffix : new String[] {"", "server/"}) {
      Route item = route("assets/user-assets/" + UUID_RE + "/" + suffix);
      item.byMethod.put("PATCH", c -> {
        get("asset", c.g(1)).put("is_uploaded", true);
        return noContent();
      });
      item.byMethod.put("DELETE", c -> delete("asset", c.g(1)));
    }
    route(W + "assets/").byMethod.put("POST", c -> {
      if (c.body.get("name") == null || c.body.get("size") == null) {
        throw new Refusal(400, "{\"error\":\"Name and size are required fields.\",\"status\":false}");
      }
      create("workspaceAsset", Map.of()).put("is_uploaded", false); // the row is made, then the answer fails
      return json(500, failed);
    });
    Route asset = route(W + "assets/" + UUID_RE + "/");
    asset.byMethod.put("GET", c -> {
      Map<String, Object> a = kind("workspaceAsset").get(c.g(2));
      if (a == null) {
        throw new Refusal(404, "{\"error\":\"Asset not found\"}");
      }
      if (!Boolean.TRUE.equals(a.get("is_uploaded"))) {
        throw new Refusal(400, "{\"error\":\"Asset not yet uploaded\"}");
      }
      return json(500, "{\"error\":\"Internal server error\"}");
    });
    asset.byMethod.put("PATCH", c -> {
      Map<String, Object> a = kind("workspaceAsset").get(c.g(2));
      if (a == null) {
        throw new Refusal(404, "{\"error\":\"Asset not found\"}");
      }
      a.put("is_uploaded", true);
      return noContent();
    });
  }

  // ---------------------------------------------------------------- the rules behind the routes

  /** Cycles, modules and intake are off until the project turns them on. */
  private void feature(Call c, String flag, String name) {
    if (!Boolean.TRUE.equals(get("project", c.g(2)).get(flag))) {
      throw new Refusal(400, "{\"error\":\"" + name + " " + (name.equals("Intake") ? "is" : "are")
          + " not enabled for this project\"}");
    }
  }

  private Map<String, Object> cycle(Call c, boolean archivedToo) {
    feature(c, "cycle_view", "Cycles");
    Map<String, Object> cycle = get("cycle", c.g(3));
    if (!archivedToo && cycle.get("archived_at") != null) {
      throw NOT_FOUND;
    }
    return cycle;
  }

  private Map<String, Object> module(Call c, boolean archivedToo) {
    feature(c, "module_view", "Modules");
    Map<String, Object> module = get("module", c.g(3));
    if (!archivedToo && module.get("archived_at") != null) {
      throw NOT_FOUND;
    }
    return module;
  }

  private static boolean completed(Map<String, Object> cycle) {
    Object end = cycle.get("end_date");
    return end != null && String.valueOf(end).substring(0, 10).compareTo(LocalDate.now(ZoneOffset.UTC).toString()) < 0;
  }

  private Map<String, Object> workItem(Call c) {
    Map<String, Object> w = get("workItem", c.g(3));
    if (!c.g(2).equals(w.get("project"))) {
      throw NOT_FOUND;
    }
    return w;
  }

  private Map<String, Object> createWorkItem(String projectId, Map<String, Object> body) {
    if (body.get("name") == null) {
      throw new Refusal(400, "{\"name\":[\"This field is required.\"]}");
    }
    Map<String, Object> w = create("workItem", body);
    w.put("project", projectId);
    w.put("sequence_id", ++sequence);
    Map<String, Object> activity = create("activity", Map.of());
    activity.put("issue", w.get("id"));
    activity.put("project", projectId);
    return w;
  }

  /** The paginated envelope, with the paginator's own refusals and faults. */
  private MockResponse page(Call c, List<Map<String, Object>> all) {
    String perPageParam = c.url.queryParameter("per_page");
    int perPage = 1000;
    if (perPageParam != null) {
      try {
        perPage = Integer.parseInt(perPageParam);
      } catch (NumberFormatException e) {
        throw new Refusal(400, "{\"detail\":\"Invalid per_page parameter.\"}");
      }
      if (perPage == 0) {
        throw new Refusal(500, "{\"error\":\"Something went wrong please try again later\"}"); // division by zero
      }
      if (perPage > 1000) {
        throw new Refusal(400, "{\"detail\":\"Invalid per_page value. Cannot exceed 1000.\"}");
      }
    }
    String orderBy = c.url.queryParameter("order_by");
    if (orderBy != null && !ORDER_FIELDS.contains(orderBy.replaceFirst("^-", ""))) {
      throw new Refusal(500, "{\"error\":\"Something went wrong please try again later\"}");
    }
    int pageIndex = 0;
    String cursor = c.url.queryParameter("cursor");
    if (cursor != null) {
      Matcher m = CURSOR.matcher(cursor);
      if (!m.matches()) {
        throw new Refusal(400, "{\"detail\":\"Invalid cursor parameter.\"}");
      }
      pageIndex = Integer.parseInt(m.group(3));
      if (pageIndex < 0) {
        throw new Refusal(400, "{\"detail\":\"Error in parsing\"}");
      }
    }
    int from = Math.min(all.size(), pageIndex * perPage);
    int to = Math.min(all.size(), from + perPage);
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("grouped_by", null);
    page.put("sub_grouped_by", null);
    page.put("total_count", all.size());
    page.put("next_cursor", perPage + ":" + (pageIndex + 1) + ":0");
    page.put("prev_cursor", perPage + ":" + (pageIndex - 1) + ":1");
    page.put("next_page_results", to < all.size());
    page.put("prev_page_results", pageIndex > 0);
    page.put("count", to - from);
    page.put("total_pages", Math.max(1, (all.size() + perPage - 1) / perPage));
    page.put("total_results", all.size());
    page.put("extra_stats", null);
    page.put("results", new ArrayList<>(all.subList(from, to)));
    return json(200, page);
  }

  // ---------------------------------------------------------------- the store

  private Map<String, Map<String, Object>> kind(String kind) {
    return store.computeIfAbsent(kind, k -> new LinkedHashMap<>());
  }

  private List<Map<String, Object>> list(String kind, java.util.function.Predicate<Map<String, Object>> which) {
    return kind(kind).values().stream().filter(which).collect(Collectors.toList());
  }

  private Map<String, Object> get(String kind, String id) {
    Map<String, Object> o = kind(kind).get(id);
    if (o == null) {
      throw NOT_FOUND;
    }
    return o;
  }

  private Map<String, Object> find(String kind, String id, String notFound) {
    Map<String, Object> o = kind(kind).get(id);
    if (o == null) {
      throw new Refusal(404, notFound);
    }
    return o;
  }

  private MockResponse delete(String kind, String id) {
    if (kind(kind).remove(id) == null) {
      throw NOT_FOUND;
    }
    return noContent();
  }

  /** A new object: the kind's template, a new id, the request's fields the template has. */
  private Map<String, Object> create(String kind, Map<String, Object> body) {
    Map<String, Object> template = templates.get(kind);
    Map<String, Object> o = template == null ? new LinkedHashMap<>() : copy(template);
    String id = UUID.randomUUID().toString();
    o.put("id", id);
    if (o.containsKey("created_at")) {
      o.put("created_at", now());
      o.put("updated_at", now());
    }
    merge(o, body);
    kind(kind).put(id, o);
    return o;
  }

  /** Copies the request's fields the object has (a server ignores the rest). */
  private static Map<String, Object> merge(Map<String, Object> o, Map<String, Object> body) {
    for (Map.Entry<String, Object> e : body.entrySet()) {
      if (o.containsKey(e.getKey()) && !e.getKey().equals("id")) {
        o.put(e.getKey(), e.getValue());
      }
    }
    return o;
  }

  private void defaultStates(String projectId) {
    String[][] states = {{"Backlog", "backlog"}, {"Todo", "unstarted"}, {"In Progress", "started"},
        {"Done", "completed"}, {"Cancelled", "cancelled"}};
    for (String[] s : states) {
      Map<String, Object> state = create("state", Map.of("name", s[0], "group", s[1]));
      state.put("project", projectId);
    }
  }

  /** The existing project: a little of everything to read, its features on or as a new project has them. */
  private void seed(boolean featuresOn) {
    Map<String, Object> p = create("project", Map.of("name", "Acme Web", "identifier", "ACME"));
    kind("project").remove(p.get("id"));
    p.put("id", PROJECT_ID);
    p.put("cycle_view", featuresOn);
    p.put("module_view", featuresOn);
    p.put("intake_view", featuresOn);
    p.put("archived_at", null);
    kind("project").put(PROJECT_ID, p);
    defaultStates(PROJECT_ID);
    create("membership", Map.of()).put("project", PROJECT_ID);
    create("label", Map.of("name", "Area API")).put("project", PROJECT_ID);
    List<Map<String, Object>> items = new ArrayList<>();
    for (String name : new String[] {"Login page", "Sign-up flow", "Password reset"}) {
      items.add(createWorkItem(PROJECT_ID, Map.of("name", name)));
    }
    String first = (String) items.get(0).get("id");
    for (String kind : new String[] {"comment", "link"}) {
      Map<String, Object> o = create(kind, Map.of());
      o.put("issue", first);
      o.put("project", PROJECT_ID);
    }
    Map<String, Object> attachment = create("attachment", Map.of());
    attachment.put("issue", first);
    attachment.put("project", PROJECT_ID);
    attachment.put("is_uploaded", true);
    Map<String, Object> cycle = create("cycle", Map.of());
    cycle.put("project", PROJECT_ID);
    cycle.put("archived_at", null);
    Map<String, Object> cycleRow = create("cycleIssue", Map.of());
    cycleRow.put("cycle", cycle.get("id"));
    cycleRow.put("issue", first);
    Map<String, Object> module = create("module", Map.of());
    module.put("project", PROJECT_ID);
    module.put("archived_at", null);
    Map<String, Object> intake = createWorkItem(PROJECT_ID, Map.of("name", "Dark mode, please"));
    Map<String, Object> in = create("intake", Map.of());
    in.put("project", PROJECT_ID);
    in.put("issue", intake.get("id"));
    in.put("snoozed_till", null);
    create("sticky", Map.of("name", "Remember the release notes"));
    create("invitation", Map.of("email", "friend@example.com"));
  }

  private static String now() {
    return OffsetDateTime.now(ZoneOffset.UTC).toString();
  }

  private static Map<String, Object> copy(Map<String, Object> o) {
    return SpecOperations.asMap(plain(o));
  }

  /** A deep copy, with whole numbers as longs (Moshi reads every number as a double). */
  private static Object plain(Object value) {
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      SpecOperations.asMap(value).forEach((k, v) -> copy.put(k, plain(v)));
      return copy;
    }
    if (value instanceof List) {
      return SpecOperations.asList(value).stream().map(OpenSourcePlane::plain).collect(Collectors.toList());
    }
    if (value instanceof Double && (Double) value == Math.rint((Double) value)) {
      return ((Double) value).longValue();
    }
    return value;
  }

  private static Map<String, Map<String, Object>> templates() {
    try (InputStream in = OpenSourcePlane.class.getResourceAsStream("/fake-plane/objects.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Map<String, Map<String, Object>> byKind = new LinkedHashMap<>();
      SpecOperations.asMap(PlaneJson.moshi().adapter(Object.class).fromJson(text))
          .forEach((kind, o) -> byKind.put(kind, SpecOperations.asMap(o)));
      return byKind;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read fake-plane/objects.json", e);
    }
  }
}
