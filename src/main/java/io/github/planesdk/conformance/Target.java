package io.github.planesdk.conformance;

import java.util.Locale;
import okhttp3.HttpUrl;

/** The server under check, and what kind of server it is. */
final class Target {
  /** Which operations the server can be expected to serve. */
  enum Edition {
    /** The Prism mock of our own spec: serves everything, remembers nothing. */
    MOCK,
    /** Plane Cloud: serves Cloud-only operations, not the server-only aliases. */
    CLOUD,
    /** A self-hosted server: may lack Cloud-only operations. */
    SERVER
  }

  final HttpUrl baseUrl;
  final String workspace;
  final String project;
  final boolean write;
  final Edition edition;
  /** {@code --allow-insecure-http}: plain http to a host other than this machine. */
  boolean allowInsecureHttp;
  /** Where API v2 is served when not at {@link #baseUrl}: the embedded mock runs one Prism per spec. */
  HttpUrl v2BaseUrl;

  Target(HttpUrl baseUrl, String workspace, String project, boolean write, boolean mock) {
    this(baseUrl, workspace, project, write, mock ? Edition.MOCK : editionOf(baseUrl));
  }

  private Target(HttpUrl baseUrl, String workspace, String project, boolean write, Edition edition) {
    this.baseUrl = baseUrl;
    this.workspace = workspace;
    this.project = project;
    this.write = write;
    this.edition = edition;
  }

  /** The target as one API version's checks see it: the same server, at that version's base URL. */
  Target forApi(ApiVersion version) {
    if (version != ApiVersion.V2 || v2BaseUrl == null) {
      return this;
    }
    Target v2 = new Target(v2BaseUrl, workspace, project, write, edition);
    v2.allowInsecureHttp = allowInsecureHttp;
    return v2;
  }

  /** A stateless mock cannot page, forget deleted objects, tell ids apart, or refuse a key. */
  boolean stateful() {
    return edition != Edition.MOCK;
  }

  /** A 404 from this operation means "this edition does not have it", not a deviation. */
  boolean mayLack(SpecOperation op) {
    return (op.cloudOnly() && edition == Edition.SERVER)
        || (op.serverOnly() && edition == Edition.CLOUD);
  }

  private static Edition editionOf(HttpUrl url) {
    String host = url.host().toLowerCase(Locale.ROOT);
    return host.equals("plane.so") || host.endsWith(".plane.so") ? Edition.CLOUD : Edition.SERVER;
  }

  String describe() {
    String kind;
    switch (edition) {
      case MOCK:
        kind = "the embedded Prism mock of the spec" + (v2BaseUrl == null ? "" : "s");
        break;
      case CLOUD:
        kind = "Plane Cloud";
        break;
      default:
        kind = "a self-hosted Plane server";
    }
    return baseUrl + (v2BaseUrl == null ? "" : " and " + v2BaseUrl + " for v2") + " (" + kind + "), workspace " + workspace
        + (project == null ? "" : ", project " + project)
        + (write ? ", with --write" : ", read-only");
  }
}
