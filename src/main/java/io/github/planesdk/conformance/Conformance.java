package io.github.planesdk.conformance;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolverFactory;
import io.github.planesdk.PlaneClient;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * One run: every operation of the spec, in spec order, read-only or (with {@code --write}) with the
 * write lifecycle too; then authentication and the rate limit. Requests go through a
 * {@link PlaneClient}, so the SDK's own interceptors (auth, pacing, retries) carry them.
 */
final class Conformance {
  static final String RATE_LIMIT_ROW = "rate limit";

  private Conformance() {}

  static Results run(Target target, String apiKey, SpecOperations spec, ConsoleReporter console)
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
    // response schemas that do not say additionalProperties allow more fields (JSON Schema's rule)
    OpenApiInteractionValidator validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(spec.textForValidator())
            .withLevelResolver(LevelResolverFactory.withAdditionalPropertiesIgnored())
            .build();
    PlaneClient.Builder builder =
        PlaneClient.builder().apiKey(apiKey).baseUrl(target.baseUrl.toString()).httpClient(base);
    if (target.allowInsecureHttp) {
      builder.allowInsecureHttp();
    }
    PlaneClient client;
    try {
      client = builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new SetupException(e.getMessage().replace("allowInsecureHttp()", "--allow-insecure-http"), e);
    }
    try (PlaneClient plane = client) {
      Checker checker = new Checker(target, plane.httpClient(), validator, SdkTypes.scan(), rateLimit);
      Samples samples = new Samples(spec, Samples.newTag());
      AuthCheck auth = new AuthCheck(checker, base, spec);
      auth.requireAcceptedKey();

      BadInputProbes probes = new BadInputProbes(checker);
      ReadChecks reads = new ReadChecks(spec, checker, samples, probes);
      List<SpecOperation> operations = spec.all();
      for (int i = 0; i < operations.size(); i++) {
        SpecOperation op = operations.get(i);
        results.declare(op);
        console.step(String.format("[%d/%d] %s %s", i + 1, operations.size(), op.method(), op.id()));
        if (op.isRead()) {
          guarded(results, op, () -> reads.run(op));
        }
      }
      if (target.write) {
        new WriteLifecycle(spec, checker, samples, results, console, probes).run();
      } else {
        for (SpecOperation op : operations) {
          if (!op.isRead()) {
            // a GET of the write's path tells whether the server has it; nothing is changed
            Finding absent = checker.routes().probe(op, reads.placeholderPath(op), checker, "write");
            results.add(op, absent != null ? absent : Finding.skipped("write",
                "read-only run: --write creates, updates and deletes in a scratch project"));
          }
        }
      }
      for (SpecOperation op : operations) {
        results.time(op.id(), checker.seconds(op.id()));
      }
      console.step("authentication");
      for (Finding f : auth.run()) {
        results.addCrossCutting(AuthCheck.ROW, f);
      }
      for (Finding f : rateLimit.summary()) {
        results.addCrossCutting(RATE_LIMIT_ROW, f);
      }
    }
    return results;
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
