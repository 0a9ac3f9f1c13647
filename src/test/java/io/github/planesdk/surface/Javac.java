package io.github.planesdk.surface;

import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles Java sources against the test class path (the SDK as built), in this JVM. */
final class Javac {
  private Javac() {}

  /**
   * @param sources file name (e.g. {@code Snippet.java}) to source text
   * @return the compiler's errors, or "" when everything compiles
   */
  static String compile(Path out, Map<String, String> sources) {
    List<JavaFileObject> files = new ArrayList<>();
    sources.forEach(
        (name, text) ->
            files.add(
                new SimpleJavaFileObject(URI.create("string:///" + name), JavaFileObject.Kind.SOURCE) {
                  @Override
                  public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return text;
                  }
                }));
    StringWriter errors = new StringWriter();
    List<String> options =
        List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
            "-proc:none", "-Xlint:-options");
    boolean ok =
        ToolProvider.getSystemJavaCompiler()
            .getTask(errors, null, null, options, null, files)
            .call();
    return ok ? "" : errors.toString();
  }
}
