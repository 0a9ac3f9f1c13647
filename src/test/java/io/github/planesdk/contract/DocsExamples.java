package io.github.planesdk.contract;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Values the Plane docs use in their examples for the Cloud-only calls, which the spec copies:
 * most objects there carry the same placeholder id and timestamp.
 */
final class DocsExamples {
  static final UUID DOC_ID = UUID.fromString("550e8400-e29b-41d4-a716-446655440000");
  static final OffsetDateTime DOC_TIME = OffsetDateTime.parse("2024-01-01T00:00:00Z");

  private DocsExamples() {}
}
