package io.github.planesdk.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code java} block of the README compiles against the SDK as built, so the examples
 * cannot rot; the Quick start is the code of {@code examples/quickstart}, which CI runs against
 * the Prism mock.
 *
 * <p>A block is compiled as the body of a method that can use {@code plane}, {@code slug},
 * {@code baseUrl}, {@code projectId}, {@code id}, {@code key}, {@code log}, {@code oauth},
 * {@code code} and {@code store} (the names the README's prose introduces), with the SDK's
 * packages imported by wildcard. A block that starts with its imports is a whole source file
 * (the complete OAuth app and webhook receiver) and is compiled as it stands.
 */
class ReadmeExamplesTest {
  private static final Path README = Path.of("README.md");
  private static final Path QUICKSTART =
      Path.of("examples/quickstart/src/main/java/com/example/plane/Quickstart.java");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  private static final Pattern PUBLIC_CLASS =
      Pattern.compile("^public (?:final )?class (\\w+)", Pattern.MULTILINE);

  private static final String HEADER =
      "import io.github.planesdk.*;\n"
          + "import io.github.planesdk.api.*;\n"
          + "import io.github.planesdk.api.ProjectsApi.*;\n"
          + "import io.github.planesdk.api.WorkItemsApi.*;\n"
          + "import io.github.planesdk.auth.*;\n"
          + "import io.github.planesdk.errors.*;\n"
          + "import io.github.planesdk.model.*;\n"
          + "import io.github.planesdk.paging.*;\n"
          + "import io.github.planesdk.request.*;\n"
          + "import java.nio.file.*;\n"
          + "import java.time.*;\n"
          + "import java.util.*;\n"
          + "import java.util.concurrent.*;\n"
          + "import java.util.stream.*;\n"
          + "import okhttp3.logging.HttpLoggingInterceptor;\n";

  private static final String CONTEXT =
      "  interface Log { void debug(String message); }\n"
          + "  PlaneClient plane; String slug; String baseUrl; UUID projectId; UUID id;\n"
          + "  String key; Log log;\n"
          + "  interface Store { void save(String value); String load(); }\n"
          + "  PlaneOAuth oauth; String code; Store store;\n";

  @TempDir Path out;

  private static List<String> javaBlocks() throws IOException {
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(Files.readString(README));
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  @Test
  void everyJavaBlockCompiles() throws IOException {
    List<String> blocks = javaBlocks();
    assertTrue(blocks.size() >= 8, "README java blocks found: " + blocks.size());
    Map<String, String> sources = new LinkedHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      String block = blocks.get(i);
      Matcher publicClass = PUBLIC_CLASS.matcher(block);
      if (block.startsWith("import ")) {
        sources.put(
            (publicClass.find() ? publicClass.group(1) : "ReadmeBlock" + i) + ".java", block);
      } else {
        sources.put(
            "ReadmeBlock" + i + ".java",
            HEADER + "class ReadmeBlock" + i + " {\n" + CONTEXT
                + "  void run() throws Exception {\n" + block + "  }\n}\n");
      }
    }
    sources.put("Quickstart.java", Files.readString(QUICKSTART));
    assertEquals("", Javac.compile(out, sources));
  }

  @Test
  void theQuickStartIsTheExampleCiRuns() throws IOException {
    String readme = Files.readString(README);
    Matcher m = JAVA_BLOCK.matcher(readme.substring(readme.indexOf("## Quick start")));
    assertTrue(m.find(), "no java block in the Quick start");
    String example = trimmed(Files.readString(QUICKSTART));
    assertTrue(
        example.contains(trimmed(m.group(1))),
        "the README's Quick start differs from " + QUICKSTART);
  }

  /** Each line without its indentation: the README block sits less deep than the example. */
  private static String trimmed(String code) {
    return code.lines().map(String::strip).collect(Collectors.joining("\n"));
  }
}
