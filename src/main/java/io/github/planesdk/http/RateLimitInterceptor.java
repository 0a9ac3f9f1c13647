package io.github.planesdk.http;

import io.github.planesdk.internal.RetryAfter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Paces requests by the budget Plane reports, so a client waits for the window to reset
 * instead of collecting 429s. One instance serves every thread of a client.
 *
 * <p>{@code X-RateLimit-Remaining} counts the requests left including the one answered, and
 * {@code X-RateLimit-Reset} is the Unix second at which the window is over. The local estimate
 * also subtracts the requests still in flight, so several threads never overdraw the budget
 * between two answers. A 429's {@code Retry-After} holds every thread back, not just the one
 * that got it.
 */
public final class RateLimitInterceptor implements Interceptor {
  /** The reset is truncated to the second; waiting one more keeps clear of it. */
  private static final Duration MARGIN = Duration.ofSeconds(1);

  private final Duration maxWait;
  private final Clock clock;
  private final Sleeper sleeper;

  // guarded by this
  private boolean budgetKnown;
  private int remaining;
  private long lastReset = Long.MIN_VALUE;
  private Instant resumeAt = Instant.MIN;
  private int inFlight;

  /** @param maxWait the longest wait for a window to reset (plus the one-second margin) */
  public RateLimitInterceptor(Duration maxWait, Clock clock, Sleeper sleeper) {
    this.maxWait = maxWait;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    awaitBudget();
    Response response = null;
    try {
      response = chain.proceed(chain.request());
    } finally {
      if (response == null) {
        synchronized (this) {
          inFlight--;
        }
      }
    }
    record(response);
    return response;
  }

  private void awaitBudget() throws InterruptedIOException {
    while (true) {
      Duration wait;
      synchronized (this) {
        Instant now = clock.instant();
        if (!now.isBefore(resumeAt)) {
          budgetKnown = false; // the window is over: the next answer tells the new budget
        }
        if (!budgetKnown || remaining > 0) {
          remaining--;
          inFlight++;
          return;
        }
        wait = Duration.between(now, resumeAt);
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the rate limit to reset");
      }
    }
  }

  private synchronized void record(Response response) {
    inFlight--;
    Instant now = clock.instant();
    if (response.code() == 429) {
      Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), now);
      if (retryAfter != null) {
        budgetKnown = true;
        remaining = 0;
        resumeAt = latest(resumeAt, now.plus(capped(retryAfter)));
      }
      return;
    }
    Integer left = parseInt(response.header("X-RateLimit-Remaining"));
    Long reset = parseLong(response.header("X-RateLimit-Reset"));
    if (left == null || reset == null) {
      return; // stickies, invitations and auth failures carry no budget
    }
    int estimate = left - inFlight;
    if (reset > lastReset || !budgetKnown) {
      remaining = estimate;
    } else {
      remaining = Math.min(remaining, estimate); // an older answer overtaken by a newer one
    }
    lastReset = Math.max(lastReset, reset);
    budgetKnown = true;
    // measure the wait on the server's clock when it says what time it is
    Date date = response.headers().getDate("Date");
    Instant serverNow = date != null ? date.toInstant() : now;
    Duration untilReset = Duration.between(serverNow, Instant.ofEpochSecond(reset));
    resumeAt = latest(resumeAt, now.plus(capped(untilReset)).plus(MARGIN));
  }

  private Duration capped(Duration wait) {
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    return wait.compareTo(maxWait) > 0 ? maxWait : wait;
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Integer parseInt(String value) {
    try {
      return value == null ? null : Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Long parseLong(String value) {
    try {
      return value == null ? null : Long.valueOf(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
