package io.github.planesdk.conformance;

import java.util.Map;

/**
 * Which answers give the id a path takes after a collection, and in which field. By default the
 * {@code id} of the collection's objects, from the check's own create first, else from the
 * collection's list. Two collections of the open-source server break that rule (recorded facts):
 * an intake item is addressed by the id of the work item it wraps (its {@code issue} field), and a
 * project membership by the membership row id, which only the create answers (the list answers
 * users, whose ids are of another kind).
 */
final class IdSource {
  /** Collection segment → the field of its objects that the item path takes. */
  private static final Map<String, String> FIELD =
      Map.of("intake-issues", "issue", "cycle-issues", "issue", "module-issues", "issue");
  /**
   * Parameters that are not ids but a field of a listed object: {@code {project_identifier}-
   * {issue_identifier}} is a project's {@code identifier} and a work item's {@code sequence_id}.
   */
  static final Map<String, String[]> NAMED =
      Map.of("project_identifier", new String[] {"projects", "identifier"},
          "issue_identifier", new String[] {"work-items", "sequence_id"});
  /** Collection segment → why its list gives no ids for its item path. */
  private static final Map<String, String> NO_LIST =
      Map.of(
          "project-members", "the list answers users, but the path takes a membership id, which only "
              + "createProjectMember answers",
          "members", "the list answers users, but the path takes a membership id, which only "
              + "createProjectMember answers");

  private IdSource() {}

  /**
   * The id an object of this collection (a list item or a create's answer) is addressed by. A
   * parameter that is no id ({@code {identifier}} of v2 work items, {@code PROJ-142}) takes the
   * object's field of its own name.
   */
  static String idOf(String collectionShape, Object object, String itemParam) {
    Map<String, Object> map = SpecOperations.asMap(object);
    if (itemParam != null && !itemParam.equals("pk") && !itemParam.endsWith("_id")
        && map.get(itemParam) instanceof String && !((String) map.get(itemParam)).isEmpty()) {
      return (String) map.get(itemParam);
    }
    String field = FIELD.get(segment(collectionShape));
    // a cycle's work items: the list answers work items (their id), the add answers rows (their issue)
    for (String name : new String[] {field == null ? "id" : field, "id", itemParam == null ? "id" : itemParam,
        "asset_id"}) {
      Object value = map.get(name);
      if (value instanceof String && !((String) value).isEmpty()) {
        return (String) value;
      }
    }
    return null;
  }

  /** The named parameters an object of this collection gives values to. */
  static Map<String, String> named(String collectionShape, Object object) {
    Map<String, String> values = new java.util.HashMap<>();
    NAMED.forEach((param, source) -> {
      Object value = SpecOperations.asMap(object).get(source[1]);
      if (source[0].equals(segment(collectionShape)) && value != null) {
        values.put(param, value instanceof Double ? String.valueOf(((Double) value).longValue()) : String.valueOf(value));
      }
    });
    return values;
  }

  /** Why the list of this collection is no source of its item ids, or null when it is one. */
  static String listRefused(String collectionShape) {
    return NO_LIST.get(segment(collectionShape));
  }

  /** The last literal segment of a collection shape: {@code intake-issues}. */
  static String segment(String collectionShape) {
    String trimmed = collectionShape.endsWith("/")
        ? collectionShape.substring(0, collectionShape.length() - 1) : collectionShape;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }
}
