package io.github.planesdk.conformance;

import io.github.planesdk.json.PlaneJson;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * With {@code --write}: for each writable resource of the spec, create → read → update → list →
 * delete. Resources nest as their paths do, so the projects resource makes the scratch project
 * and every project-level resource lives inside it. A {@code finally} deletes what was created,
 * whatever failed before; a shutdown hook does the same if the run is interrupted.
 */
final class WriteLifecycle {
  private static final List<String> ACTION_ORDER = List.of("POST", "PUT", "PATCH", "DELETE");
  private static final Pattern UNARCHIVE = Pattern.compile("(.*/)archived-([^/]+)/\\{}/unarchive/");

  /** A collection the spec lets us create in, with the operations on it and on its items. */
  static final class Resource {
    final SpecOperation create;
    final String collection;
    final String item;
    SpecOperation list;
    SpecOperation read;
    SpecOperation update;
    SpecOperation delete;
    Resource parent;
    final List<SpecOperation> extras = new ArrayList<>();
    final List<Resource> children = new ArrayList<>();

    Resource(SpecOperation create) {
      this.create = create;
      this.collection = create.shape();
      this.item = collection + "{}/";
    }

    /** Whichever operation addresses one item, for its path. */
    SpecOperation itemOperation() {
      for (SpecOperation op : new SpecOperation[] {read, update, delete}) {
        if (op != null) {
          return op;
        }
      }
      return null;
    }
  }

  private final SpecOperations spec;
  private final Checker checker;
  private final Samples samples;
  private final Results results;
  private final ConsoleReporter console;
  private final Set<String> reached = new HashSet<>();
  private final Deque<String> pending = new ConcurrentLinkedDeque<>();
  /** Ids of what the run created, by the body field that takes them ({@code issues}, {@code state}). */
  private final Map<String, String> knownIds = new HashMap<>();
  /** Item paths with a successful DELETE at or below them. */
  private final Set<String> deletedBelow = new HashSet<>();
  private final BadInputProbes probes;

  WriteLifecycle(SpecOperations spec, Checker checker, Samples samples, Results results, ConsoleReporter console,
      BadInputProbes probes) {
    this.probes = probes;
    this.spec = spec;
    this.checker = checker;
    this.samples = samples;
    this.results = results;
    this.console = console;
  }

  void run() {
    List<Resource> roots = plan(spec);
    rememberCaller();
    Thread cleanup = new Thread(this::deletePending, "plane-conformance-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      for (Resource root : roots) {
        Deque<Runnable> deletes = new java.util.ArrayDeque<>();
        try {
          lifecycle(root, new Bindings(checker.target().workspace), false, deletes);
        } finally {
          deletes.forEach(Runnable::run);
        }
      }
    } finally {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    }
    Bindings workspace = new Bindings(checker.target().workspace);
    for (SpecOperation op : spec.all()) {
      if (op.isRead() || reached.contains(op.key())) {
        continue;
      }
      Resource owner = byCollection(roots, Bindings.collectionOf(op.shape()));
      if (!checker.target().stateful()) {
        // the mock keeps nothing, so every write can be tried there
        console.step("write: " + op.id());
        String path = fill(workspace, op);
        if (path != null) {
          send(op, path, false, "write");
        }
      } else if (op.method().equals("POST") && op.pathParams().stream().allMatch("slug"::equals)
          && owner != null && owner.delete != null) {
        createBeside(op, owner, workspace);
      } else {
        skip(op, workspace, "lifecycle", "no create → update → read → list → delete lifecycle"
            + " of the spec reaches this operation, and outside its scratch project the check changes nothing");
      }
    }
  }

  /**
   * A second create into another resource's family ({@code POST /assets/user-assets/server/}
   * beside {@code /assets/user-assets/}): what it creates is deleted with that resource's DELETE.
   */
  private void createBeside(SpecOperation op, Resource owner, Bindings workspace) {
    console.step("write: " + op.id());
    String path = fill(workspace, op);
    String body = samples.body(op, ids(op, path), false);
    Exchange created = checker.send("POST", path, Map.of(), body);
    record(op, checker.expectSuccess(op, created, "lifecycle: create"));
    String itemParam = owner.itemOperation() == null ? null : last(owner.itemOperation().pathParams());
    String id = created.successful() ? IdSource.idOf(owner.collection, first(created.json()), itemParam) : null;
    String itemPath = id == null ? null : fill(workspace.with(owner.collection, id), owner.delete);
    if (itemPath != null && !checker.send("DELETE", itemPath, Map.of(), null).successful()) {
      results.leftOver(itemPath, true);
    }
  }

  private static Resource byCollection(List<Resource> resources, String collection) {
    for (Resource r : resources) {
      if (r.collection.equals(collection)) {
        return r;
      }
      Resource inner = byCollection(r.children, collection);
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  /** The resources of the spec as a forest: each nests in the one whose item path contains it. */
  static List<Resource> plan(SpecOperations spec) {
    Map<String, Resource> byCollection = new LinkedHashMap<>();
    for (SpecOperation op : spec.all()) {
      String shape = op.shape();
      if (op.method().equals("POST") && shape.endsWith("/") && !shape.endsWith("{}/")
          && (spec.find("GET", shape) != null || hasOperationUnder(spec, shape + "{}/"))) {
        Resource r = new Resource(op);
        r.list = spec.find("GET", r.collection);
        r.read = spec.find("GET", r.item);
        r.update = spec.find("PATCH", r.item) != null ? spec.find("PATCH", r.item) : spec.find("PUT", r.item);
        r.delete = spec.find("DELETE", r.item);
        byCollection.putIfAbsent(r.collection, r);
      }
    }
    Set<SpecOperation> core = new HashSet<>();
    for (Resource r : byCollection.values()) {
      for (SpecOperation op : new SpecOperation[] {r.create, r.list, r.read, r.update, r.delete}) {
        if (op != null) {
          core.add(op);
        }
      }
    }
    List<Resource> roots = new ArrayList<>();
    for (Resource r : byCollection.values()) {
      r.parent = owner(byCollection, r.collection);
      if (r.parent == null) {
        roots.add(r);
      } else {
        r.parent.children.add(r);
      }
    }
    for (SpecOperation op : spec.all()) {
      if (core.contains(op)) {
        continue;
      }
      Resource owner = revived(byCollection, op.shape());
      owner = owner != null ? owner : owner(byCollection, op.shape());
      if (owner != null) {
        owner.extras.add(op);
      }
    }
    return roots;
  }

  /**
   * One resource: create, update, read, list, its reads, its children, its other actions. Its
   * delete is pushed onto {@code deletes}, which the caller runs last-in first-out once every
   * sibling is done: a work item outlives the cycle and module it is added to.
   */
  private void lifecycle(Resource r, Bindings bindings, boolean nested, Deque<Runnable> deletes) {
    console.step("write lifecycle: " + r.create.id());
    String collectionPath = fill(bindings, r.create);
    if (collectionPath == null) {
      skipTree(r, bindings, "no id for every parameter of " + r.create.path(), true);
      return;
    }
    String body = samples.body(r.create, ids(r.create, collectionPath), false);
    List<String> problems = checker.requestProblems(r.create, collectionPath, body);
    if (!problems.isEmpty()) {
      skipTree(r, bindings, "could not make a create body the spec accepts: " + problems, true);
      return;
    }
    Exchange created = checker.send("POST", collectionPath, Map.of(), body);
    List<Finding> createFindings = checker.expectSuccess(r.create, created, "lifecycle: create");
    record(r.create, createFindings);
    if (created.successful()) {
      record(r.create, probes.write(r.create, collectionPath));
    }
    if (createFindings.stream().anyMatch(f -> f.verdict() == Verdict.NOT_SUPPORTED)) {
      skipTree(r, bindings, "its create " + r.create.id() + " is not supported here", false);
      return;
    }
    String itemParam = r.itemOperation() == null ? null : last(r.itemOperation().pathParams());
    String id = created.successful() ? IdSource.idOf(r.collection, first(created.json()), itemParam) : null;
    if (id == null && created.successful() && !checker.target().stateful()) {
      id = UUID.randomUUID().toString(); // the mock accepts any id
    }
    if (id == null && (!created.successful() || r.itemOperation() != null)) {
      skipTree(r, bindings, created.successful()
          ? "the create answered no id" : "its create " + r.create.id() + " did not succeed", false);
      return;
    }
    Bindings inner = id == null ? bindings : bindings.with(r.collection, id);
    if (id != null) {
      knownIds.putAll(kindIds(r, id));
    }
    String itemPath = r.itemOperation() == null || id == null ? null : fill(inner, r.itemOperation());
    String deletePath = itemPath;
    if (r.delete != null && itemPath != null) {
      pending.push(itemPath);
      deletes.push(() -> {
        delete(r, removedByExtra(r, deletePath) ? recreate(r, collectionPath, body, bindings) : deletePath, nested);
        pending.remove(deletePath);
      });
    } else if (r.delete == null && itemPath != null && !nested) {
      results.leftOver(itemPath, false);
    }
    try {
      // the update first: some objects can only be read once updated (an attachment once uploaded)
      if (r.update != null && itemPath != null) {
        send(r.update, itemPath, true, "lifecycle: update");
      }
      if (r.read != null && itemPath != null) {
        record(r.read, checker.expectSuccess(r.read, checker.send("GET", itemPath, Map.of(), null), "lifecycle: read"));
      }
      if (r.list != null) {
        listed(r, collectionPath, id, itemParam);
      }
      for (SpecOperation extra : r.extras) {
        if (extra.isRead()) {
          sendExtra(extra, inner);
        }
      }
      Deque<Runnable> childDeletes = new java.util.ArrayDeque<>();
      try {
        for (Resource child : r.children) {
          lifecycle(child, inner, true, childDeletes);
        }
      } finally {
        childDeletes.forEach(Runnable::run);
      }
      actions(r, inner, id, itemPath, collectionPath, body, deletes);
    } catch (RuntimeException e) {
      results.add(r.create, Finding.deviation("check", "the check itself failed: " + e));
    }
  }

  /**
   * The resource's other writes (archive, transfer, unarchive), archive after the others and
   * unarchive last. Where the server takes them only from a finished object, that is staged first.
   */
  private void actions(Resource r, Bindings inner, String id, String itemPath, String collectionPath, String body,
      Deque<Runnable> deletes) {
    List<SpecOperation> actions = new ArrayList<>();
    for (SpecOperation extra : r.extras) {
      if (ACTION_ORDER.contains(extra.method())) {
        actions.add(extra);
      }
    }
    // stable: within a method, the spec's order, with archive after the rest
    actions.sort(
        Comparator.<SpecOperation>comparingInt(a -> ACTION_ORDER.indexOf(a.method()))
            .thenComparing(a -> a.path().endsWith("/archive/")));
    Map<String, Object> finish = finishing(r);
    Map<String, String> targetIds = new HashMap<>();
    String unfinished = null;
    if (finish != null && r.update != null && itemPath != null && !actions.isEmpty() && checker.target().stateful()) {
      unfinished = stageFinished(r, actions, inner, itemPath, collectionPath, body, finish, deletes, targetIds);
    }
    Bindings revived = id == null ? inner : inner.with(archivedCollection(r), id);
    for (SpecOperation action : actions) {
      if (unfinished != null) {
        skip(action, revived, "lifecycle: " + action.method(), unfinished);
        continue;
      }
      String path = fill(revived, action);
      if (path == null) {
        sendExtra(action, revived);
      } else {
        send(action, path, false, "lifecycle: " + action.method(), targetIds);
      }
    }
  }

  /**
   * Makes the object finished, as the server demands before these actions: if one moves its
   * contents to another object ({@code new_cycle_id}), a second object is created as the target
   * and the contents are added back while the object is still open (a completed cycle takes no
   * work items). Staging requests count as no operation's verdict: the lifecycle's own update,
   * create and add have their verdicts already. Answers null when staged, else why not.
   */
  private String stageFinished(Resource r, List<SpecOperation> actions, Bindings inner, String itemPath,
      String collectionPath, String body, Map<String, Object> finish, Deque<Runnable> deletes,
      Map<String, String> targetIds) {
    boolean needsTarget = actions.stream()
        .anyMatch(a -> a.requestSchema().get("properties") instanceof Map
            && SpecOperations.asMap(a.requestSchema().get("properties")).keySet().stream()
                .anyMatch(k -> k.startsWith("new_")));
    if (needsTarget) {
      Exchange target = checker.send("POST", collectionPath, Map.of(), body);
      String targetId = target.successful()
          ? IdSource.idOf(r.collection, first(target.json()), last(r.itemOperation().pathParams())) : null;
      if (targetId == null) {
        return "staging: a second " + r.create.id() + " to move the contents to failed: " + target.line();
      }
      String targetPath = fill(inner.with(r.collection, targetId), r.itemOperation());
      pending.push(targetPath);
      deletes.push(() -> {
        if (!checker.send("DELETE", targetPath, Map.of(), null).successful()) {
          results.leftOver(targetPath, true);
        }
        pending.remove(targetPath);
      });
      kindIds(r, targetId).forEach((k, v) -> {
        if (k.endsWith("_id")) {
          targetIds.put("new_" + k, v);
        }
      });
      for (Resource child : r.children) {
        String childPath = fill(inner, child.create);
        Exchange added = childPath == null ? null
            : checker.send("POST", childPath, Map.of(), samples.body(child.create, ids(child.create, childPath), false));
        if (added == null || !added.successful()) {
          return "staging: " + child.create.id() + " before finishing failed"
              + (added == null ? "" : ": " + added.line());
        }
      }
    }
    String json = PlaneJson.moshi().adapter(Object.class).toJson(finish);
    List<String> problems = checker.requestProblems(r.update, itemPath, json);
    if (!problems.isEmpty()) {
      return "staging: the spec refuses " + json + " to finish the object: " + problems;
    }
    Exchange finished = checker.send(r.update.method(), itemPath, Map.of(), json);
    return finished.successful() ? null
        : "staging: " + r.update.method() + " " + json + " to finish the object failed: " + finished.line();
  }

  /**
   * What makes an object finished, for the actions Plane allows only then: it archives only a
   * completed cycle (its end date past) or a completed module, and transfers work items only out
   * of a completed cycle. The spec cannot say this, so it is named here; null for the rest.
   */
  static Map<String, Object> finishing(Resource r) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    switch (IdSource.segment(r.collection)) {
      case "cycles":
        return Map.of("start_date", today.minusDays(21).toString(), "end_date", today.minusDays(7).toString());
      case "modules":
        return Map.of("status", "completed");
      default:
        return null;
    }
  }

  /** {@code .../archived-cycles/} beside {@code .../cycles/}: where the archived object is unarchived. */
  private static String archivedCollection(Resource r) {
    return Bindings.collectionOf(r.collection) + "archived-" + IdSource.segment(r.collection) + "/";
  }

  /**
   * Whether an action of the resource took the object away ({@code DELETE .../server/} removes the
   * asset itself): on a resource without a read, any successful DELETE below its item path.
   */
  private boolean removedByExtra(Resource r, String itemPath) {
    return r.read == null && deletedBelow.contains(itemPath);
  }

  /** Another object like the first, for the resource's own DELETE; null when the create fails. */
  private String recreate(Resource r, String collectionPath, String body, Bindings bindings) {
    Exchange again = checker.send("POST", collectionPath, Map.of(), body);
    String itemParam = last(r.itemOperation().pathParams());
    String id = again.successful() ? IdSource.idOf(r.collection, first(again.json()), itemParam) : null;
    return id == null ? null : fill(bindings.with(r.collection, id), r.itemOperation());
  }

  /** Body fields that take a user take the caller: the one user a check can count on. */
  private void rememberCaller() {
    SpecOperation me = spec.find("GET", "/api/v1/users/me/");
    if (me == null) {
      return;
    }
    String id = checker.send("GET", me.path(), Map.of(), null).id();
    if (id != null) {
      for (String field : new String[] {"member", "members", "assignees", "lead", "project_lead", "owned_by"}) {
        knownIds.put(field, id);
      }
    }
  }

  /** Ids for request bodies: the path's own, then those of what the run created. */
  private Map<String, String> ids(SpecOperation op, String path) {
    Map<String, String> ids = new HashMap<>(knownIds);
    ids.putAll(Bindings.values(op.path(), path));
    return ids;
  }

  /**
   * The body fields that take the id of an object of this resource, named after the path
   * parameters that address it elsewhere: {@code {issue_id}} gives {@code issue_id}, {@code issue}
   * and {@code issues}.
   */
  private Map<String, String> kindIds(Resource r, String id) {
    Map<String, String> found = new HashMap<>();
    for (SpecOperation op : spec.all()) {
      String[] template = op.path().split("/");
      String[] shape = op.shape().split("/");
      String prefix = r.collection.substring(0, r.collection.length() - 1);
      if (!op.shape().startsWith(r.item)) {
        continue;
      }
      int depth = prefix.split("/").length;
      if (template.length > depth && shape[depth].equals("{}")) {
        String name = template[depth].substring(1, template[depth].length() - 1);
        if (name.endsWith("_id")) {
          String stem = name.substring(0, name.length() - 3);
          found.put(name, id);
          found.put(stem, id);
          found.put(stem + "s", id);
        }
      }
    }
    return found;
  }

  private static Object first(Object json) {
    List<Object> list = SpecOperations.asList(json);
    return json instanceof List ? (list.isEmpty() ? null : list.get(0)) : json;
  }

  private static String last(List<String> names) {
    return names.isEmpty() ? null : names.get(names.size() - 1);
  }

  /** The list answers, and (on a real server) contains what was just created. */
  private void listed(Resource r, String collectionPath, String id, String itemParam) {
    Exchange ex = checker.send("GET", collectionPath, Map.of(), null);
    List<Finding> found = checker.expectSuccess(r.list, ex, "lifecycle: list");
    List<Object> items = ex.items();
    if (ex.successful() && !checker.target().stateful()) {
      found.add(Finding.skipped("lifecycle: list", "the mock does not remember what was created"));
    } else if (ex.successful() && id != null && items != null) {
      // a cycle's work items list work items, whose own id is the one the path takes
      boolean listed = items.stream().anyMatch(item -> id.equals(IdSource.idOf(r.collection, item, itemParam))
          || id.equals(Exchange.idOf(item)));
      boolean more = Boolean.TRUE.equals(SpecOperations.asMap(ex.json()).get("next_page_results"));
      if (listed) {
        found.add(Finding.pass("lifecycle: list", "the created item " + id + " is listed"));
      } else if (!more) {
        found.add(Finding.deviation("lifecycle: list", "the created item " + id + " is missing from "
            + ex.line()));
      }
    }
    record(r.list, found);
  }

  private void delete(Resource r, String itemPath, boolean nested) {
    if (itemPath == null) {
      record(r.delete, List.of(Finding.skipped("lifecycle: delete", "an action removed the object, and a second "
          + r.create.id() + " to delete failed")));
      return;
    }
    Exchange ex = checker.send("DELETE", itemPath, Map.of(), null);
    record(r.delete, checker.expectSuccess(r.delete, ex, "lifecycle: delete"));
    if (!ex.successful()) {
      if (!nested) {
        results.leftOver(itemPath, true);
      }
      return;
    }
    if (r.read == null) {
      return;
    }
    if (!checker.target().stateful()) {
      record(r.read, List.of(Finding.skipped("gone after delete", "the mock does not forget what was deleted")));
      return;
    }
    Exchange gone = checker.send("GET", itemPath, Map.of(), null);
    record(r.read, checker.expectStatus(r.read, gone, "gone after delete", Set.of(404), "after the delete"));
  }

  private void sendExtra(SpecOperation op, Bindings inner) {
    String path = fill(inner, op);
    String check = "lifecycle: " + (op.isRead() ? "read" : op.method());
    if (path == null) {
      skip(op, inner, check, "no id for every parameter of " + op.path() + ": "
          + missing(inner, op) + " (nothing the run created or listed gives one)");
      return;
    }
    send(op, path, false, check);
  }

  /** The first parameter of the operation's path without a value. */
  private static String missing(Bindings bindings, SpecOperation op) {
    try {
      bindings.fill(op.path());
      return "";
    } catch (Bindings.Unbound u) {
      return "{" + u.param + "}";
    }
  }

  private void send(SpecOperation op, String path, boolean update, String check) {
    send(op, path, update, check, Map.of());
  }

  private void send(SpecOperation op, String path, boolean update, String check, Map<String, String> moreIds) {
    Map<String, String> ids = ids(op, path);
    ids.putAll(moreIds);
    String body = samples.body(op, ids, update);
    List<String> problems = checker.requestProblems(op, path, body);
    if (!problems.isEmpty()) {
      record(op, List.of(Finding.skipped(check, "could not make a body the spec accepts: " + problems)));
      return;
    }
    Exchange ex = checker.send(op.method(), path, Map.of(), body);
    record(op, checker.expectSuccess(op, ex, check));
    if (op.method().equals("DELETE") && ex.successful()) {
      for (String prefix = path; prefix.length() > 1; prefix = Bindings.collectionOf(prefix)) {
        deletedBelow.add(prefix);
      }
    }
  }

  /**
   * Every operation of a resource the lifecycle cannot reach, with the reason; first a probe of
   * its route, so an operation the server does not have is "not supported", not skipped.
   */
  private void skipTree(Resource r, Bindings bindings, String reason, boolean includeCreate) {
    List<SpecOperation> ops = new ArrayList<>();
    if (includeCreate) {
      ops.add(r.create);
    }
    for (SpecOperation op : new SpecOperation[] {r.read, r.update, r.list, r.delete}) {
      if (op != null) {
        ops.add(op);
      }
    }
    ops.addAll(r.extras);
    for (SpecOperation op : ops) {
      skip(op, bindings, "lifecycle", reason);
    }
    for (Resource child : r.children) {
      skipTree(child, bindings, "its parent " + r.create.id() + " could not be created", true);
    }
  }

  private void skip(SpecOperation op, Bindings bindings, String check, String reason) {
    Finding absent = checker.routes().probe(op, placeholder(bindings, op), checker, check);
    record(op, List.of(absent != null ? absent : Finding.skipped(check, reason)));
  }

  private void record(SpecOperation op, List<Finding> findings) {
    reached.add(op.key());
    for (Finding f : findings) {
      results.add(op, f);
    }
  }

  /** Best effort, from the shutdown hook: whatever an interrupted run had not deleted yet. */
  private void deletePending() {
    String path;
    while ((path = pending.poll()) != null) {
      checker.send("DELETE", path, Map.of(), null);
    }
  }

  /** The operation's path, or null when an id is missing (on the mock, any well-formed one will do). */
  private String fill(Bindings bindings, SpecOperation op) {
    try {
      return checker.target().stateful()
          ? bindings.fill(op.path())
          : bindings.fill(op.path(), param -> samples.parameter(op.parameter("path", param)));
    } catch (Bindings.Unbound u) {
      return null;
    }
  }

  /** The path with the ids the run has and placeholders for the rest, for route probes. */
  private String placeholder(Bindings bindings, SpecOperation op) {
    try {
      return bindings.fill(op.path(), param -> samples.parameter(op.parameter("path", param)));
    } catch (Bindings.Unbound u) {
      return null;
    }
  }

  private static boolean hasOperationUnder(SpecOperations spec, String prefix) {
    return spec.all().stream().anyMatch(op -> op.shape().startsWith(prefix));
  }

  /** The resource an unarchive ({@code .../archived-cycles/{}/unarchive/}) brings back, or null. */
  private static Resource revived(Map<String, Resource> resources, String shape) {
    Matcher m = UNARCHIVE.matcher(shape);
    return m.matches() ? resources.get(m.group(1) + m.group(2) + "/") : null;
  }

  /** The resource with the longest item path that contains this shape, or null. */
  private static Resource owner(Map<String, Resource> resources, String shape) {
    Resource best = null;
    for (Resource r : resources.values()) {
      if (shape.startsWith(r.item) && (best == null || r.item.length() > best.item.length())) {
        best = r;
      }
    }
    return best;
  }
}
