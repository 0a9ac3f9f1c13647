package io.github.planesdk.conformance;

import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * With {@code --write}: for each writable resource of the spec, create → read → update → list →
 * delete. Resources nest as their paths do, so the projects resource makes the scratch project
 * and every project-level resource lives inside it. A {@code finally} deletes what was created,
 * whatever failed before; a shutdown hook does the same if the run is interrupted.
 */
final class WriteLifecycle {
  private static final List<String> ACTION_ORDER = List.of("POST", "PUT", "PATCH", "DELETE");

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

  WriteLifecycle(SpecOperations spec, Checker checker, Samples samples, Results results, ConsoleReporter console) {
    this.spec = spec;
    this.checker = checker;
    this.samples = samples;
    this.results = results;
    this.console = console;
  }

  void run() {
    List<Resource> roots = plan(spec);
    Thread cleanup = new Thread(this::deletePending, "plane-conformance-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      for (Resource root : roots) {
        lifecycle(root, new Bindings(checker.target().workspace), false);
      }
    } finally {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    }
    for (SpecOperation op : spec.all()) {
      if (op.isRead() || reached.contains(op.id())) {
        continue;
      }
      if (checker.target().stateful()) {
        results.add(op, Finding.skipped("lifecycle", "no create → read → update → list → delete lifecycle"
            + " of the spec reaches this operation, and outside its scratch project the check changes nothing"));
      } else {
        // the mock keeps nothing, so every write can be tried there
        console.step("write: " + op.id());
        send(op, fill(new Bindings(checker.target().workspace), op), false, "write");
      }
    }
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
      Resource owner = core.contains(op) ? null : owner(byCollection, op.shape());
      if (owner != null) {
        owner.extras.add(op);
      }
    }
    return roots;
  }

  private void lifecycle(Resource r, Bindings bindings, boolean nested) {
    console.step("write lifecycle: " + r.create.id());
    if (r.delete == null && !nested && checker.target().stateful()) {
      skipTree(r, "the spec has no DELETE for it, and the check creates nothing it cannot remove", true);
      return;
    }
    String collectionPath = fill(bindings, r.create);
    if (collectionPath == null) {
      skipTree(r, "no id for every parameter of " + r.create.path(), true);
      return;
    }
    String body = samples.body(r.create, Bindings.values(r.create.path(), collectionPath), false);
    List<String> problems = checker.requestProblems(r.create, collectionPath, body);
    if (!problems.isEmpty()) {
      skipTree(r, "could not make a create body the spec accepts: " + problems, true);
      return;
    }
    Exchange created = checker.send("POST", collectionPath, Map.of(), body);
    record(r.create, checker.expectSuccess(r.create, created, "lifecycle: create"));
    String id = created.successful() ? created.id() : null;
    if (id == null && created.successful() && !checker.target().stateful()) {
      id = UUID.randomUUID().toString(); // the mock accepts any id
    }
    if (id == null) {
      skipTree(r, created.successful() ? "the create answered no id" : "the create did not succeed", false);
      return;
    }
    Bindings inner = bindings.with(r.collection, id);
    String itemPath = r.itemOperation() == null ? null : fill(inner, r.itemOperation());
    if (r.delete != null && itemPath != null) {
      pending.push(itemPath);
    }
    try {
      if (r.read != null && itemPath != null) {
        record(r.read, checker.expectSuccess(r.read, checker.send("GET", itemPath, Map.of(), null), "lifecycle: read"));
      }
      if (r.update != null && itemPath != null) {
        send(r.update, itemPath, true, "lifecycle: update");
      }
      if (r.list != null) {
        listed(r, collectionPath, id);
      }
      for (SpecOperation extra : r.extras) {
        if (extra.isRead()) {
          sendExtra(extra, inner);
        }
      }
      for (Resource child : r.children) {
        lifecycle(child, inner, true);
      }
      for (String method : ACTION_ORDER) {
        for (SpecOperation extra : r.extras) {
          if (extra.method().equals(method)) {
            sendExtra(extra, inner);
          }
        }
      }
    } finally {
      if (r.delete != null && itemPath != null) {
        delete(r, itemPath, nested);
        pending.remove(itemPath);
      }
    }
  }

  /** The list answers, and (on a real server) contains what was just created. */
  private void listed(Resource r, String collectionPath, String id) {
    Exchange ex = checker.send("GET", collectionPath, Map.of(), null);
    List<Finding> found = checker.expectSuccess(r.list, ex, "lifecycle: list");
    if (ex.successful() && !checker.target().stateful()) {
      found.add(Finding.skipped("lifecycle: list", "the mock does not remember what was created"));
    } else if (ex.successful()) {
      List<Object> items = ex.items();
      boolean listed = items != null && items.stream().anyMatch(item -> id.equals(Exchange.idOf(item)));
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
    Exchange ex = checker.send("DELETE", itemPath, Map.of(), null);
    record(r.delete, checker.expectSuccess(r.delete, ex, "lifecycle: delete"));
    if (!ex.successful()) {
      if (!nested) {
        results.leftOver(itemPath);
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
    send(op, fill(inner, op), false, "lifecycle: " + (op.isRead() ? "read" : op.method()));
  }

  private void send(SpecOperation op, String path, boolean update, String check) {
    if (path == null) {
      record(op, List.of(Finding.skipped(check, "no id for every parameter of " + op.path())));
      return;
    }
    String body = samples.body(op, Bindings.values(op.path(), path), update);
    List<String> problems = checker.requestProblems(op, path, body);
    if (!problems.isEmpty()) {
      record(op, List.of(Finding.skipped(check, "could not make a body the spec accepts: " + problems)));
      return;
    }
    record(op, checker.expectSuccess(op, checker.send(op.method(), path, Map.of(), body), check));
  }

  private void skipTree(Resource r, String reason, boolean includeCreate) {
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
      record(op, List.of(Finding.skipped("lifecycle", reason)));
    }
    for (Resource child : r.children) {
      skipTree(child, "its parent " + r.create.id() + " could not be created", true);
    }
  }

  private void record(SpecOperation op, List<Finding> findings) {
    reached.add(op.id());
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

  private static boolean hasOperationUnder(SpecOperations spec, String prefix) {
    return spec.all().stream().anyMatch(op -> op.shape().startsWith(prefix));
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
