package io.github.planesdk.conformance;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;

/**
 * {@code java -jar target/plane-conformance.jar}: checks that a Plane server keeps the contract of
 * the SDK's spec. Exit code 0 when nothing deviates, 1 when something does, 2 when the check could
 * not run.
 */
public final class ConformanceMain {
  static final String USAGE =
      String.join("\n",
          "usage: java -jar target/plane-conformance.jar [--base-url URL --workspace SLUG]",
          "           [--api-key KEY] [--project ID] [--write] [--strict] [--allow-insecure-http]",
          "           [--api v1|v2|both] [--report DIR] [--prism PATH]",
          "",
          "  --base-url URL    the Plane server, e.g. https://plane.example.com/ (Cloud: https://api.plane.so/);",
          "                    without it the check runs against the embedded Prism mock of the spec",
          "  --api-key KEY     the API token; better: the PLANE_API_KEY environment variable",
          "  --workspace SLUG  the workspace slug, as in the Plane URL",
          "  --project ID      a project to read ids from (default: the first one listed)",
          "  --write           also create, read, update, list and delete in a scratch project",
          "                    that the check creates and removes itself",
          "  --api v1|v2|both  which API versions to check (default both); a server without",
          "                    /api/v2/ shows every v2 operation as not supported",
          "  --strict          also fail (exit 1) when an operation is skipped, or when the server",
          "                    does not route a documented community operation (or, with --api v2,",
          "                    has no API v2)",
          "  --allow-insecure-http  send the key over plain http to a host other than this machine",
          "                    (a self-hosted server inside a trusted network)",
          "  --report DIR      where report.html and junit.xml go (default target/conformance-report)",
          "  --prism PATH      Prism for the embedded mock (default ./node_modules/.bin/prism,",
          "                    or the PLANE_PRISM environment variable)",
          "",
          "exit codes: 0 nothing deviates, 1 a deviation (or, with --strict, a skip or a missing",
          "community operation), 2 the check could not run");

  /** A placeholder key for the mock, which only checks that one is sent. */
  static final String MOCK_KEY = "plane_api_00000000000000000000000000000000";

  private ConformanceMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out, System.err, System.console() != null));
  }

  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err, boolean terminal) {
    Options options;
    try {
      options = Options.parse(args, env);
    } catch (SetupException e) {
      err.println("plane-conformance: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (options.help) {
      out.println(USAGE);
      return 0;
    }
    ConsoleReporter console = new ConsoleReporter(out, terminal);
    List<PrismProcess> prisms = new ArrayList<>();
    try {
      prepareReportDir(options.reportDir);
      List<SpecOperations> specs = new ArrayList<>();
      for (ApiVersion version : options.apis) {
        specs.add(SpecOperations.bundled(version));
      }
      HttpUrl baseUrl = options.baseUrl;
      HttpUrl v2BaseUrl = null;
      if (baseUrl == null) {
        console.say("Starting the embedded Prism mock of the spec" + (specs.size() > 1 ? "s" : "")
            + " (" + options.prism + ") ...");
        prisms.addAll(PrismProcess.startAll(options.prism, specs.stream().map(SpecOperations::text).collect(Collectors.toList())));
        baseUrl = prisms.get(0).baseUrl();
        v2BaseUrl = prisms.size() > 1 ? prisms.get(1).baseUrl() : null;
      }
      Target target = new Target(baseUrl, options.workspace, options.project, options.write, !prisms.isEmpty());
      target.allowInsecureHttp = options.allowInsecureHttp;
      target.v2BaseUrl = v2BaseUrl;
      console.say("Plane conformance check of " + target.describe() + ": "
          + specs.stream().map(ConformanceMain::describe).collect(Collectors.joining(", ")));
      Results results = Conformance.run(target, options.apiKey, specs, console);
      JUnitXmlReport.write(results, target, options.reportDir.resolve(JUnitXmlReport.FILE));
      HtmlReport.write(results, target, options.reportDir.resolve(HtmlReport.FILE));
      console.summary(results, options.reportDir);
      String strict = options.strict ? results.strictFailure(options.apis.equals(List.of(ApiVersion.V2))) : null;
      if (strict != null) {
        out.println(strict + " (exit 1)");
      }
      return results.conforms() && strict == null ? 0 : 1;
    } catch (SetupException e) {
      console.say("");
      err.println("plane-conformance: " + scrub(e.getMessage(), options.apiKey));
      return 2;
    } catch (IOException e) {
      err.println("plane-conformance: cannot write the reports: " + scrub(e.getMessage(), options.apiKey));
      return 2;
    } catch (RuntimeException e) {
      err.println("plane-conformance: the check failed: " + scrub(String.valueOf(e), options.apiKey));
      return 2;
    } finally {
      prisms.forEach(PrismProcess::close);
    }
  }

  /** {@code v1 298 operations of the spec (4 OAuth app operations left out: ...)}. */
  private static String describe(SpecOperations spec) {
    return spec.version().label() + " " + spec.all().size() + " operations of the spec"
        + (spec.oauthOperations() == 0 ? "" : " (" + spec.oauthOperations()
            + " OAuth app operations left out: they take an app's credentials, not an API key)");
  }

  /**
   * Before the run: the report folder exists and takes files, and holds no report of an earlier
   * run (a run that cannot finish must not leave one that looks like its own).
   */
  static void prepareReportDir(Path dir) throws SetupException {
    try {
      Files.createDirectories(dir);
      Path probe = Files.createTempFile(dir, ".plane-conformance", ".tmp");
      Files.delete(probe);
      Files.deleteIfExists(dir.resolve(JUnitXmlReport.FILE));
      Files.deleteIfExists(dir.resolve(HtmlReport.FILE));
    } catch (IOException | SecurityException e) {
      throw new SetupException("the report folder " + dir + " is not writable: " + e.getMessage(), e);
    }
  }

  private static String scrub(String text, String key) {
    return text == null || key == null || key.isEmpty() ? text : text.replace(key, "[api key]");
  }

  /** The parsed command line. The key is never printed. */
  static final class Options {
    HttpUrl baseUrl;
    String apiKey;
    String workspace;
    String project;
    boolean write;
    boolean strict;
    boolean allowInsecureHttp;
    boolean help;
    Path reportDir = Paths.get("target", "conformance-report");
    Path prism;
    /** {@code --api}: the API versions to check, in order. */
    List<ApiVersion> apis = List.of(ApiVersion.V1, ApiVersion.V2);

    static Options parse(String[] args, Map<String, String> env) throws SetupException {
      Options o = new Options();
      String prism = null;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        String value = null;
        int eq = arg.indexOf('=');
        if (arg.startsWith("--") && eq > 0) {
          value = arg.substring(eq + 1);
          arg = arg.substring(0, eq);
        }
        switch (arg) {
          case "--help":
          case "-h":
            o.help = true;
            break;
          case "--write":
            o.write = true;
            break;
          case "--strict":
            o.strict = true;
            break;
          case "--allow-insecure-http":
            o.allowInsecureHttp = true;
            break;
          case "--base-url":
          case "--api-key":
          case "--workspace":
          case "--project":
          case "--report":
          case "--prism":
          case "--api":
            if (value == null) {
              if (i + 1 >= args.length) {
                throw new SetupException(arg + " needs a value");
              }
              value = args[++i];
            }
            if (arg.equals("--base-url")) {
              o.baseUrl = baseUrl(value);
            } else if (arg.equals("--api-key")) {
              o.apiKey = value;
            } else if (arg.equals("--workspace")) {
              o.workspace = value;
            } else if (arg.equals("--project")) {
              o.project = value;
            } else if (arg.equals("--report")) {
              o.reportDir = Paths.get(value);
            } else if (arg.equals("--api")) {
              o.apis = apis(value);
            } else {
              prism = value;
            }
            break;
          default:
            throw new SetupException("unknown argument " + (arg.startsWith("--") ? arg : "'" + arg + "'"));
        }
      }
      if (o.apiKey == null || o.apiKey.isBlank()) {
        o.apiKey = env.get("PLANE_API_KEY");
      }
      if (o.baseUrl != null && !o.help) {
        if (o.apiKey == null || o.apiKey.isBlank()) {
          throw new SetupException("--base-url needs an API key: set PLANE_API_KEY (or pass --api-key)");
        }
        if (o.workspace == null || o.workspace.isBlank()) {
          throw new SetupException("--base-url needs --workspace SLUG");
        }
      }
      if (o.baseUrl == null) {
        o.apiKey = o.apiKey == null || o.apiKey.isBlank() ? MOCK_KEY : o.apiKey;
        o.workspace = o.workspace == null ? "conformance" : o.workspace;
      }
      if (prism == null) {
        prism = System.getProperty("plane.prism");
      }
      if (prism == null) {
        prism = env.get("PLANE_PRISM");
      }
      o.prism = Paths.get(prism == null ? "node_modules/.bin/prism" : prism);
      return o;
    }

    private static List<ApiVersion> apis(String value) throws SetupException {
      switch (value) {
        case "v1":
          return List.of(ApiVersion.V1);
        case "v2":
          return List.of(ApiVersion.V2);
        case "both":
          return List.of(ApiVersion.V1, ApiVersion.V2);
        default:
          throw new SetupException("--api takes v1, v2 or both, not '" + value + "'");
      }
    }

    private static HttpUrl baseUrl(String value) throws SetupException {
      HttpUrl url = HttpUrl.parse(value);
      if (url == null) {
        throw new SetupException("--base-url is not an http(s) URL: " + value);
      }
      // a base path (https://host/plane) must end in '/' so API paths resolve under it
      return url.encodedPath().endsWith("/") ? url : url.newBuilder().addPathSegment("").build();
    }
  }
}
