package io.github.planesdk.conformance;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
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
          "           [--report DIR] [--prism PATH]",
          "",
          "  --base-url URL    the Plane server, e.g. https://plane.example.com/ (Cloud: https://api.plane.so/);",
          "                    without it the check runs against the embedded Prism mock of the spec",
          "  --api-key KEY     the API token; better: the PLANE_API_KEY environment variable",
          "  --workspace SLUG  the workspace slug, as in the Plane URL",
          "  --project ID      a project to read ids from (default: the first one listed)",
          "  --write           also create, read, update, list and delete in a scratch project",
          "                    that the check creates and removes itself",
          "  --strict          also fail (exit 1) when an operation is skipped, or when the server",
          "                    does not route a documented community operation",
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
    PrismProcess prism = null;
    try {
      prepareReportDir(options.reportDir);
      SpecOperations spec = SpecOperations.bundled();
      HttpUrl baseUrl = options.baseUrl;
      if (baseUrl == null) {
        console.say("Starting the embedded Prism mock of the spec (" + options.prism + ") ...");
        prism = PrismProcess.start(options.prism, spec.text());
        baseUrl = prism.baseUrl();
      }
      Target target = new Target(baseUrl, options.workspace, options.project, options.write, prism != null);
      target.allowInsecureHttp = options.allowInsecureHttp;
      console.say("Plane conformance check of " + target.describe() + ": "
          + spec.all().size() + " operations of the spec"
          + (spec.oauthOperations() == 0 ? "" : " (" + spec.oauthOperations()
              + " OAuth app operations left out: they take an app's credentials, not an API key)"));
      Results results = Conformance.run(target, options.apiKey, spec, console);
      JUnitXmlReport.write(results, target, options.reportDir.resolve(JUnitXmlReport.FILE));
      HtmlReport.write(results, target, options.reportDir.resolve(HtmlReport.FILE));
      console.summary(results, options.reportDir);
      String strict = options.strict ? results.strictFailure() : null;
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
      if (prism != null) {
        prism.close();
      }
    }
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
