package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** What the v2 contract tests' model check reports, on small JSON values. */
class ModelContentTest {
  @Test
  void aFieldTheModelDroppedIsLost() {
    assertEquals(
        List.of("$.data[0].extra: lost (the model does not declare it, or dropped it)"),
        ModelContent.differences(
            json("{data: [{id: a, extra: 1}]}"), json("{data: [{id: a}]}")));
  }

  @Test
  void changedInventedAndMiscountedValuesAreReported() {
    assertEquals(
        List.of("$.a: 1 became 2", "$.b: null became x", "$.l: 2 items became 1",
            "$.c: not in the JSON, written as y"),
        ModelContent.differences(
            json("{a: 1, b: null, l: [1, 2]}"), json("{a: 2, b: x, l: [1], c: y}")));
  }

  @Test
  void nullEqualsAbsentAndValuesCompareByValue() {
    assertEquals(
        List.of(),
        ModelContent.differences(
            json("{a: null, n: 1, t: '2026-01-14T09:22:41+00:00', d: '1.50'}"),
            json("{n: 1.0, t: '2026-01-14T09:22:41Z', d: '1.5'}")));
  }

  @Test
  void requiredFieldsMustBeThereUnlessNullable() {
    Map<String, Object> schema =
        json("{type: object, required: [id, name, parent], properties: {"
            + "id: {type: string}, name: {type: string}, parent: {type: string, nullable: true},"
            + "rows: {type: array, items: {type: object, required: [index]}}}}");

    assertEquals(
        List.of("$.name is required but null", "$.rows[1].index is required but absent"),
        new ModelContent(V2Spec.load())
            .missingRequired(schema, json("{id: a, name: null, rows: [{index: 0}, {}]}")));
  }

  private static Map<String, Object> json(String yaml) {
    return new Yaml().load(yaml);
  }
}
