package io.github.planesdk.conformance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The read-only checks of one GET operation: the call itself, paging for lists, a 404 for an
 * unknown id on a detail path, and the bad-input probes of its family. Path ids come from the
 * server's own lists whose items are the objects the path takes ({@link IdSource}), or from
 * {@code --project}. A path the check has no id for is probed with a placeholder id only to learn
 * whether the server routes it at all.
 */
final class ReadChecks {
  /** Where {@code --project} binds: the workspace's project list (of the spec's API version). */
  static final String PROJECTS = "/workspaces/{}/projects/";

  private final SpecOperations spec;
  private final Checker checker;
  private final PagingCheck paging;
  private final V2PagingCheck v2Paging;
  private final BadInputProbes probes;
  private final Samples samples;
  private final Bindings bindings;
  private final ProjectFeatures features;
  /** Why a collection gave no id, so each skip can say it. */
  private final Map<String, String> noId = new HashMap<>();

  ReadChecks(SpecOperations spec, Checker checker, Samples samples, BadInputProbes probes) {
    this.spec = spec;
    this.checker = checker;
    this.paging = new PagingCheck(checker);
    this.v2Paging = new V2PagingCheck(checker);
    this.probes = probes;
    this.samples = samples;
    this.bindings = new Bindings(checker.target().workspace);
    this.features = new ProjectFeatures(checker);
    if (checker.target().project != null) {
      bindings.bind("/api/" + spec.version().label() + PROJECTS, checker.target().project);
    }
  }

  List<Finding> run(SpecOperation op) {
    String path;
    try {
      path = resolve(op);
    } catch (Bindings.Unbound u) {
      Finding absent = checker.routes().probe(op, placeholderPath(op), checker, "response");
      if (absent != null) {
        return List.of(absent);
      }
      String why = noId.getOrDefault(u.collection, "no list in the spec gives one");
      return List.of(Finding.skipped("response", "no id for {" + u.param + "}: " + why));
    }
    Map<String, String> query = requiredQuery(op);
    Exchange ex = checker.send("GET", path, query, null);
    List<Finding> found = checker.expectSuccess(op, ex, "response");
    Finding off = features.turnedOff(op, ex, "response");
    if (off != null) {
      return List.of(off);
    }
    if (!ex.successful() || found.stream().anyMatch(f -> f.verdict() == Verdict.NOT_SUPPORTED)) {
      return found;
    }
    if (op.v2Page()) {
      found.addAll(v2Paging.run(op, ex, path, query));
    } else if (op.paginated()) {
      found.addAll(paging.run(op, path, query));
    }
    if (op.isDetail()) {
      found.addAll(unknownId(op, query));
    }
    found.addAll(probes.read(op, path, query));
    return found;
  }

  /** The path with the ids the check has, and placeholders for the rest; null if it cannot be made. */
  String placeholderPath(SpecOperation op) {
    try {
      return bindings.fill(op.path(), param -> samples.parameter(op.parameter("path", param)));
    } catch (Bindings.Unbound u) {
      return null;
    }
  }

  /** A well-formed id that names nothing must give 404. */
  private List<Finding> unknownId(SpecOperation op, Map<String, String> query) {
    if (!checker.target().stateful()) {
      return List.of(Finding.skipped("unknown id", "the mock answers any id"));
    }
    List<String> params = op.pathParams();
    Map<String, Object> schema = spec.deref(op.parameter("path", params.get(params.size() - 1)).get("schema"));
    String unknown = UUID.randomUUID().toString();
    Object pattern = schema.get("pattern");
    // only a uuid is sure to name nothing: a uuid parameter, or one whose pattern takes a uuid
    // (v2's project_id, a UUID or an identifier)
    if (!"uuid".equals(schema.get("format")) && !(pattern instanceof String && unknown.matches((String) pattern))) {
      return List.of();
    }
    String path;
    try {
      path = bindings.with(Bindings.collectionOf(op.shape()), unknown).fill(op.path());
    } catch (Bindings.Unbound u) {
      return List.of();
    }
    Exchange ex = checker.send("GET", path, query, null);
    return checker.expectStatus(op, ex, "unknown id", Set.of(404), "for an unknown id");
  }

  /** Fills the path, listing collections for the ids it needs. */
  private String resolve(SpecOperation op) throws Bindings.Unbound {
    while (true) {
      try {
        return bindings.fill(op.path());
      } catch (Bindings.Unbound u) {
        if (!noId.containsKey(u.collection) && discover(u.collection, u.param)) {
          continue;
        }
        if (!checker.target().stateful()) {
          // the mock accepts any well-formed value
          return bindings.fill(op.path(), param -> samples.parameter(op.parameter("path", param)));
        }
        throw u;
      }
    }
  }

  /** Binds the first item of a collection; false (with the reason kept) when there is none. */
  private boolean discover(String collection, String param) throws Bindings.Unbound {
    SpecOperation list = spec.find("GET", collection);
    String refused = IdSource.listRefused(collection);
    if (list == null || (refused != null && checker.target().stateful())) {
      noId.put(collection, list == null ? "the spec has no list at " + collection
          : refused + (checker.target().write ? "" : " (a --write run creates one)"));
      return false;
    }
    String path = resolve(list);
    Exchange ex = checker.send("GET", path, requiredQuery(list), null);
    List<Object> items = ex.successful() ? ex.items() : null;
    String id = null;
    for (Object item : items == null ? new ArrayList<>() : items) {
      id = IdSource.idOf(collection, item, param);
      if (id != null) {
        IdSource.named(collection, item).forEach(bindings::bindName);
        break;
      }
    }
    if (id == null) {
      Finding off = features.turnedOff(list, ex, "response");
      noId.put(collection, off != null ? off.detail() : "GET " + path + (ex.successful()
          ? " listed no item with an id" : " answered " + (ex.answered() ? ex.status : "nothing")));
      return false;
    }
    bindings.bind(collection, id);
    return true;
  }

  private Map<String, String> requiredQuery(SpecOperation op) {
    Map<String, String> query = new LinkedHashMap<>();
    for (Map<String, Object> param : op.parameters("query")) {
      if (Boolean.TRUE.equals(param.get("required"))) {
        query.put(String.valueOf(param.get("name")), samples.parameter(param));
      }
    }
    return query;
  }
}
