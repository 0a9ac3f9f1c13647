package io.github.planesdk.conformance;

import java.util.Locale;

/**
 * The two Plane REST APIs the check knows: v1 (every server) and v2 (Plane Cloud and the
 * commercial editions; the open-source server does not route {@code /api/v2/}). Each has its own
 * bundled spec and generated API package, and its own lines in every report.
 */
enum ApiVersion {
  V1("/io/github/planesdk/plane-openapi.yaml", "io.github.planesdk.api"),
  V2("/io/github/planesdk/plane-openapi-v2.yaml", "io.github.planesdk.v2.api");

  /** Where the build puts the version's bundled spec. */
  final String resource;
  /** The package of its generated Retrofit interfaces. */
  final String apiPackage;

  ApiVersion(String resource, String apiPackage) {
    this.resource = resource;
    this.apiPackage = apiPackage;
  }

  /** {@code v1} or {@code v2}, as the paths and the reports write it. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The key of an operation in the results: operationIds repeat across the versions
   * ({@code listProjects} is in both), so a v2 one carries the prefix {@code v2:}; v1 keys stay
   * the bare operationId.
   */
  String key(String operationId) {
    return this == V1 ? operationId : label() + ":" + operationId;
  }

  /** Why every operation of this version is "not supported" on a server that does not route it. */
  String absentReason() {
    return "this server has no API " + label() + " (/api/" + label() + "/ not routed)";
  }
}
