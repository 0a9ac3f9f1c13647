package io.github.planesdk.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compiles snippets against the SDK: the right use compiles, and each misuse of the named
 * parameters fails to compile with the expected error.
 */
class MisuseDoesNotCompileTest {
  private static final String PREFIX =
      "import io.github.planesdk.PlaneClient;\n"
          + "import io.github.planesdk.api.WorkItemsApi.*;\n"
          + "import io.github.planesdk.model.*;\n"
          + "import java.util.UUID;\n"
          + "class Snippet {\n"
          + "  void run(PlaneClient plane, String slug, UUID projectId, UUID id) {\n";

  @TempDir Path out;

  /** The compiler's diagnostics, or "" when the snippet compiles. */
  private String compile(String body) {
    return Javac.compile(out, Map.of("Snippet.java", PREFIX + "    " + body + "\n  }\n}\n"));
  }

  @Test
  void theIntendedUseCompiles() {
    assertEquals(
        "",
        compile(
            "for (WorkItem w : plane.workItems().listWorkItems(slug, projectId).perPage(50)"
                + ".expand(ListWorkItemsRequest.Expand.STATE).autoPager()) { }\n"
                + "plane.workItems().getWorkItem(slug, projectId, id)"
                + ".fields(GetWorkItemRequest.Fields.NAME).execute();\n"
                + "plane.workItems().updateWorkItem(slug, projectId, id,"
                + " new WorkItemUpdate().targetDate(null)).execute();"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a name the spec does not list for the operation cannot be written
        "unknown fields name | plane.workItems().getWorkItem(slug, projectId, id).fields(\"bogus\");"
            + " | cannot be applied to given types",
        "unknown enum constant | plane.workItems().getWorkItem(slug, projectId, id)"
            + ".fields(GetWorkItemRequest.Fields.BOGUS); | cannot find symbol",
        // another operation's names are another type
        "another operation's expand | plane.workItems().getWorkItem(slug, projectId, id)"
            + ".expand(ListWorkItemsRequest.Expand.STATE);"
            + " | cannot be applied to given types",
        // no positional null placeholders: the optional parameters are not positional
        "null placeholders | plane.workItems().getWorkItem(slug, projectId, id, null);"
            + " | cannot be applied to given types",
        // the earlier positional form, every optional parameter in place, is gone
        "the positional form | plane.workItems()"
            + ".listWorkItems(slug, projectId, null, 50, null, null, null, null, null);"
            + " | cannot be applied to given types",
        // and so are the Retrofit routes behind the requests
        "the routes | io.github.planesdk.api.WorkItemsApi.Endpoints routes = null;"
            + " | is not public",
        // two optional strings cannot be swapped: each has its own name
        "a string given to an int | plane.workItems().listWorkItems(slug, projectId)"
            + ".perPage(\"50\"); | incompatible types",
        // auto-paging exists only on lists
        "autoPager on a get | plane.workItems().getWorkItem(slug, projectId, id).autoPager();"
            + " | cannot find symbol",
        // required path parameters stay positional and typed
        "a missing path parameter | plane.workItems().getWorkItem(slug, id);"
            + " | cannot be applied to given types",
      })
  void aMisuseDoesNotCompile(String what, String snippet, String expected) {
    String errors = compile(snippet);
    assertTrue(errors.contains(expected), what + ": expected \"" + expected + "\" in:\n" + errors);
  }
}
