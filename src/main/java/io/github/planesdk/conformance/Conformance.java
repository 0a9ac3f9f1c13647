package io.github.planesdk.conformance;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolverFactory;
import io.github.planesdk.PlaneClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * One run: every operation of each API version's spec (v1, then v2), in spec order, read-only or
 * (with {@code --write}) with the v1 write lifecycle too; then authentication and the rate limit.
 * Requests go through a {@link PlaneClient}, so the SDK's own interceptors (auth, pacing, retries)
 * carry them. A server that does not route an API version at all is found out with a couple of
 * requests, and that version's operations are all "not supported".
 */
final class Conformance {
  static final String RATE_LIMIT_ROW = "rate limit";

  /** One API version's spec and the checker that judges answers against it. */
  private static final class Api {
    final SpecOperations spec;
    final Checker checker;

    Api(SpecOperations spec, Checker checker) {
      this.spec = spec;
      this.checker = checker;
    }
  }

  private Conformance() {}

  static Results run(Target target, String apiKey, SpecOperations spec, ConsoleReporter console)
      throws SetupException {
    return run(target, apiKey, List.of(spec), console);
  }

  static Results run(Target target, String apiKey, List<SpecOperations> specs, ConsoleReporter console)
      throws SetupException {
    Results results = new Results(apiKey);
    RateLimitCheck rateLimit = new RateLimitCheck();
    // redirects are answers to judge (a 302 is declared), not to follow
    OkHttpClient base =
        new OkHttpClient.Builder()
            .followRedirects(false)
            .followSslRedirects(false)
            .callTimeout(Duration.ofMinutes(3))
            .addNetworkInterceptor(rateLimit)
            .build();
    // one client per base URL: the key goes to its own origin only, and the mock has one per spec
    Map<HttpUrl, PlaneClient> clients = new LinkedHashMap<>();
    try {
      SdkTypes sdkTypes = SdkTypes.scan();
      List<Api> apis = new ArrayList<>();
      for (SpecOperations spec : specs) {
        Target at = target.forApi(spec.version());
        PlaneClient client = clients.get(at.baseUrl);
        if (client == null) {
          client = client(at, apiKey, base);
          clients.put(at.baseUrl, client);
        }
        apis.add(new Api(spec, new Checker(at, client.httpClient(), validator(spec), sdkTypes, rateLimit)));
      }
      Api first = apis.get(0);
      AuthCheck auth = new AuthCheck(first.checker, base, first.spec);
      auth.requireAcceptedKey();

      int total = specs.stream().mapToInt(s -> s.all().size()).sum();
      int done = 0;
      for (Api api : apis) {
        check(api, target.write, results, console, done, total);
        done += api.spec.all().size();
      }
      console.step("authentication");
      if (results.absent(first.spec.version())) {
        results.addCrossCutting(AuthCheck.ROW, Finding.notSupported("missing key",
            first.spec.version().absentReason() + ": authentication is checked on the first API version asked for"));
      } else {
        for (Finding f : auth.run()) {
          results.addCrossCutting(AuthCheck.ROW, f);
        }
      }
      for (Finding f : rateLimit.summary()) {
        results.addCrossCutting(RATE_LIMIT_ROW, f);
      }
    } finally {
      clients.values().forEach(PlaneClient::close);
    }
    return results;
  }

  /** The operations of one API version. */
  private static void check(Api api, boolean write, Results results, ConsoleReporter console, int done, int total) {
    SpecOperations spec = api.spec;
    Checker checker = api.checker;
    List<SpecOperation> operations = spec.all();
    Finding absent = checker.routes().absentApi(spec, checker);
    if (absent != null) {
      console.step(spec.version().absentReason());
      results.apiAbsent(spec.version());
      operations.forEach(op -> results.add(op, absent));
      return;
    }
    Samples samples = new Samples(spec, Samples.newTag());
    BadInputProbes probes = new BadInputProbes(checker);
    ReadChecks reads = new ReadChecks(spec, checker, samples, probes);
    for (int i = 0; i < operations.size(); i++) {
      SpecOperation op = operations.get(i);
      results.declare(op);
      console.step(String.format("[%d/%d] %s %s %s", done + i + 1, total, spec.version().label(), op.method(), op.id()));
      if (op.isRead()) {
        guarded(results, op, () -> reads.run(op));
      }
    }
    if (write && spec.version() == ApiVersion.V1) {
      new WriteLifecycle(spec, checker, samples, results, console, probes).run();
    } else {
      String why = write
          ? "--write runs the v1 write lifecycle only; v2 creates, updates and deletes are not exercised yet"
          : "read-only run: --write creates, updates and deletes in a scratch project";
      for (SpecOperation op : operations) {
        if (!op.isRead()) {
          // a GET of the write's path tells whether the server has it; nothing is changed
          Finding unrouted = checker.routes().probe(op, reads.placeholderPath(op), checker, "write");
          results.add(op, unrouted != null ? unrouted : Finding.skipped("write", why));
        }
      }
    }
    for (SpecOperation op : operations) {
      results.time(op.key(), checker.seconds(op.key()));
    }
  }

  private static PlaneClient client(Target target, String apiKey, OkHttpClient base) throws SetupException {
    PlaneClient.Builder builder =
        PlaneClient.builder().apiKey(apiKey).baseUrl(target.baseUrl.toString()).httpClient(base);
    if (target.allowInsecureHttp) {
      builder.allowInsecureHttp();
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new SetupException(e.getMessage().replace("allowInsecureHttp()", "--allow-insecure-http"), e);
    }
  }

  /**
   * Parsing a spec for the validator takes seconds (v2 has 419 operations), and the validator
   * keeps no state between validations: one per spec text for the JVM.
   */
  private static final Map<String, OpenApiInteractionValidator> VALIDATORS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Response schemas that do not say additionalProperties allow more fields (JSON Schema's rule). */
  private static OpenApiInteractionValidator validator(SpecOperations spec) {
    return VALIDATORS.computeIfAbsent(spec.textForValidator(), text ->
        OpenApiInteractionValidator.createForInlineApiSpecification(text)
            .withLevelResolver(LevelResolverFactory.withAdditionalPropertiesIgnored())
            .build());
  }

  /** A failure of the check itself must not pass silently: it counts as a deviation, named. */
  private static void guarded(Results results, SpecOperation op, java.util.function.Supplier<List<Finding>> check) {
    try {
      for (Finding f : check.get()) {
        results.add(op, f);
      }
    } catch (RuntimeException e) {
      results.add(op, Finding.deviation("check", "the check itself failed: " + e));
    }
  }
}
