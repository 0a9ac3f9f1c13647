package io.github.planesdk.spec;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Compares the current spec with the last released one: a breaking change (removed operation or
 * response field, new required request field, narrowed enum, ...) is allowed only together with
 * a higher major version. openapi-diff judges compatibility for HTTP clients; a generated SDK is
 * stricter, since a removed response field or enum value also removes a getter or a constant.
 */
final class SpecCompatibility {
  /** The outcome: whether the change may ship under the new version, and why. */
  static final class Verdict {
    final boolean allowed;
    final boolean breaking;
    final String changelog;
    final String message;

    private Verdict(boolean allowed, boolean breaking, String changelog, String message) {
      this.allowed = allowed;
      this.breaking = breaking;
      this.changelog = changelog;
      this.message = message;
    }
  }

  private SpecCompatibility() {}

  static Verdict check(String releasedSpec, String releasedVersion, String currentSpec, String currentVersion) {
    ChangedOpenApi diff = OpenApiCompare.fromContents(releasedSpec, currentSpec);
    String changelog = render(diff);
    List<String> reasons = breakingChanges(diff);
    reasons.addAll(OptionalParameters.firstOnes(releasedSpec, currentSpec));
    boolean breaking = !reasons.isEmpty();
    boolean majorRaised = major(currentVersion) > major(releasedVersion);
    String message;
    if (!breaking) {
      message = "spec " + currentVersion + " is compatible with released " + releasedVersion;
    } else if (majorRaised) {
      message = "spec " + currentVersion + " breaks " + releasedVersion + ", allowed by the new major version";
    } else {
      message =
          "the spec has breaking changes against the released "
              + releasedVersion
              + " but the version "
              + currentVersion
              + " keeps major "
              + major(currentVersion)
              + ": undo the change, or raise the major version.\n- "
              + String.join("\n- ", reasons)
              + "\nChanges:\n"
              + changelog;
    }
    return new Verdict(!breaking || majorRaised, breaking, changelog, message);
  }

  private static List<String> breakingChanges(ChangedOpenApi diff) {
    List<String> reasons = new ArrayList<>();
    for (Endpoint removed : diff.getMissingEndpoints()) {
      reasons.add("removed operation " + removed.getMethod() + " " + removed.getPathUrl());
    }
    for (Changed changed : diff.getChangedOperations()) {
      collectSchemaBreaks(changed, reasons);
    }
    if (diff.isIncompatible() && diff.getMissingEndpoints().isEmpty()) {
      reasons.add("openapi-diff reports an incompatible change (see the change log)");
    }
    return reasons;
  }

  /** Removed response fields and removed enum values, anywhere below {@code changed}. */
  private static void collectSchemaBreaks(Changed changed, List<String> reasons) {
    if (changed == null) {
      return;
    }
    if (changed instanceof ChangedSchema) {
      ChangedSchema schema = (ChangedSchema) changed;
      String where = schema.getContext().getUrl();
      if (schema.getContext().isResponse()) {
        for (String field : schema.getMissingProperties().keySet()) {
          add(reasons, "removed response field `" + field + "` (" + where + ")");
        }
      }
      if (schema.getEnumeration() != null && !schema.getEnumeration().getMissing().isEmpty()) {
        add(reasons, "removed enum values " + schema.getEnumeration().getMissing() + " (" + where + ")");
      }
    }
    if (changed instanceof ComposedChanged) {
      for (Changed child : ((ComposedChanged) changed).getChangedElements()) {
        collectSchemaBreaks(child, reasons);
      }
    }
  }

  private static void add(List<String> reasons, String reason) {
    if (!reasons.contains(reason)) {
      reasons.add(reason);
    }
  }

  static int major(String version) {
    String digits = version.split("[.-]", 2)[0];
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a semantic version: " + version, e);
    }
  }

  private static String render(ChangedOpenApi diff) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      new MarkdownRender().render(diff, writer);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    String text = out.toString(StandardCharsets.UTF_8).trim();
    return text.isEmpty() ? "(no changes)" : text;
  }
}
