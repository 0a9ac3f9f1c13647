package io.github.planesdk.conformance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The rate-limit contract. As a network interceptor it sees every answer, the SDK's own retries
 * included: {@code X-RateLimit-Remaining} never rises within one window, {@code X-RateLimit-Reset}
 * is in Unix seconds and never goes back, and every 429 carries {@code Retry-After}. Per checked
 * answer it also tells whether the headers the spec declares are there.
 */
final class RateLimitCheck implements Interceptor {
  static final String REMAINING = "X-RateLimit-Remaining";
  static final String RESET = "X-RateLimit-Reset";
  static final String RETRY_AFTER = "Retry-After";
  private static final int MAX_REPORTED = 5;

  private final List<Finding> deviations = new ArrayList<>();
  private int answersWithHeaders;
  private int tooMany;
  private Long lastRemaining;
  private Long lastReset;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    observe(request.method() + " " + request.url().encodedPath(), response.code(), response.headers());
    return response;
  }

  synchronized void observe(String line, int status, Headers headers) {
    if (status == 429) {
      tooMany++;
      String retryAfter = headers.get(RETRY_AFTER);
      if (retryAfter == null || !retryAfter.trim().matches("\\d+|.*\\d{2}:\\d{2}:\\d{2}.*")) {
        report("429", "a 429 answer to " + line + " has "
            + (retryAfter == null ? "no Retry-After header" : "Retry-After '" + retryAfter + "' (neither seconds nor a date)"));
      }
    }
    Long remaining = integer(headers.get(REMAINING));
    Long reset = integer(headers.get(RESET));
    if (remaining == null || reset == null) {
      return;
    }
    answersWithHeaders++;
    if (reset < 1_000_000_000L || reset >= 100_000_000_000L) {
      report("headers", RESET + " " + reset + " on " + line + " is not a time in Unix seconds");
    }
    if (lastReset != null) {
      if (reset < lastReset) {
        report("headers", RESET + " went back from " + lastReset + " to " + reset + " on " + line);
      } else if (reset.equals(lastReset) && remaining > lastRemaining) {
        report("headers", REMAINING + " rose from " + lastRemaining + " to " + remaining
            + " within one window (reset " + reset + ") on " + line);
      }
    }
    lastRemaining = remaining;
    lastReset = reset;
  }

  /** Deviations when the spec declares rate-limit headers for this answer and they are missing. */
  List<Finding> inspect(SpecOperation op, Exchange ex) {
    List<Finding> found = new ArrayList<>();
    for (String header : new String[] {REMAINING, RESET}) {
      if (op.declaresHeader(ex.status, header) && ex.headers.get(header) == null) {
        found.add(Finding.deviation("rate-limit headers",
            header + " is missing from the " + ex.status + " answer to " + ex.line()
                + " (the spec declares it)"));
      }
    }
    if (ex.status == 429 && op.declaresHeader(429, RETRY_AFTER) && ex.headers.get(RETRY_AFTER) == null) {
      found.add(Finding.deviation("rate-limit headers",
          RETRY_AFTER + " is missing from the 429 answer to " + ex.line()));
    }
    return found;
  }

  /** The run-wide findings, for the {@code rate limit} row. */
  synchronized List<Finding> summary() {
    List<Finding> all = new ArrayList<>(deviations);
    if (deviations.size() > MAX_REPORTED) {
      all = new ArrayList<>(deviations.subList(0, MAX_REPORTED));
      all.add(Finding.deviation("headers", (deviations.size() - MAX_REPORTED) + " more like these"));
    }
    boolean headerDeviation = all.stream().anyMatch(f -> f.check().equals("headers"));
    if (answersWithHeaders == 0) {
      all.add(Finding.skipped("headers", "no answer carried " + REMAINING + " and " + RESET));
    } else if (!headerDeviation) {
      all.add(Finding.pass("headers", answersWithHeaders + " answers carried consistent "
          + REMAINING + " and " + RESET + " values"));
    }
    if (tooMany == 0) {
      all.add(Finding.skipped("429", "no 429 answer came (the SDK kept within the limit), so "
          + RETRY_AFTER + " could not be seen"));
    } else if (all.stream().noneMatch(f -> f.check().equals("429"))) {
      all.add(Finding.pass("429", tooMany + " answers were 429, each with " + RETRY_AFTER));
    }
    return all;
  }

  private void report(String check, String detail) {
    deviations.add(Finding.deviation(check, detail));
  }

  private static Long integer(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
