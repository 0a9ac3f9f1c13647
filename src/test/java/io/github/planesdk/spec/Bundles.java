package io.github.planesdk.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The bundled specs as the spec tests read them: plain YAML maps from the build's resources. */
final class Bundles {
  static final String V1 = "/io/github/planesdk/plane-openapi.yaml";
  static final String V2 = "/io/github/planesdk/plane-openapi-v2.yaml";

  private Bundles() {}

  static Map<String, Object> load(String resource) {
    try (InputStream in = Bundles.class.getResourceAsStream(resource)) {
      return new Yaml().load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code node} as a map; empty when it is none (a key the spec leaves out). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> mapOrEmpty(Object node) {
    return node instanceof Map ? (Map<String, Object>) node : Collections.emptyMap();
  }
}
