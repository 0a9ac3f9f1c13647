package io.github.planesdk.http;

import io.github.planesdk.internal.CallControl;
import io.github.planesdk.internal.RetryAfter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Iterator;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Paces requests by the budget Plane reports, so a client waits for room in the window instead
 * of collecting 429s. One instance serves every thread of a client.
 *
 * <p>Plane throttles with a sliding window: a request counts for exactly one window (60 s) from
 * the moment the server saw it. {@code X-RateLimit-Remaining} is the budget left, this request
 * included; {@code X-RateLimit-Reset} is {@code now + window} in whole Unix seconds, which with
 * the {@code Date} header gives the window's length. The interceptor keeps, for each request the
 * server still counts, the moment its answer arrived (the server saw it no later): when the
 * budget is spent, the next request goes as soon as the oldest of them is one window old, rather
 * than after a whole window from the last one. Every answer corrects this picture: requests the
 * server no longer counts are forgotten, requests it counts that this client did not send (other
 * processes with the same key) are added. Requests still in flight count as spent, so several
 * threads never overdraw the budget between two answers. A 429's {@code Retry-After} holds every
 * thread back, not just the one that got it.
 *
 * <p>A wait never outlasts the call: when the budget has no room before the call's
 * {@code callTimeout} is up, the call fails at once with a timeout, unsent; a cancelled call
 * stops waiting at once.
 */
public final class RateLimitInterceptor implements Interceptor {
  /**
   * The most requests remembered. Plane allows 60 a minute (300 for service tokens); against a
   * server that allows more than this per window, pacing falls back on its 429s.
   */
  private static final int MAX_TRACKED = 10_000;

  private final Duration maxWait;
  private final Clock clock;
  private final Sleeper sleeper;

  // guarded by this
  /** The server's budget per window, as far as its answers have shown it; 0 before the first. */
  private int limit;
  /** The window's length, in whole seconds as Plane's throttle has it. */
  private Duration window = Duration.ZERO;
  /** When the answer to each request the server still counts arrived, oldest first. */
  private final ArrayDeque<Instant> counted = new ArrayDeque<>();
  private int inFlight;
  private Instant resumeAt = Instant.MIN;
  /** When the newest request whose answer has been recorded was sent. */
  private Instant newestAnswered = Instant.MIN;
  /** When this client let each request leave the window, oldest first, for one window. */
  private final ArrayDeque<Instant> expired = new ArrayDeque<>();
  private String lastDateHeader;
  private Instant lastDate;

  /** @param maxWait the longest a request waits for room in the window before it is sent anyway */
  public RateLimitInterceptor(Duration maxWait, Clock clock, Sleeper sleeper) {
    this.maxWait = maxWait;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Instant sentAt = awaitBudget(CallControl.of(chain), chain.call());
    Response response = null;
    try {
      response = chain.proceed(chain.request());
    } finally {
      if (response == null) {
        synchronized (this) {
          inFlight--;
          notifyAll();
        }
      }
    }
    record(response, sentAt);
    return response;
  }

  /**
   * Waits until the budget has room (or {@code maxWait} is over); answers when it went.
   *
   * @throws CallControl.TimeoutException when the call's time is up first
   */
  private Instant awaitBudget(CallControl control, Call call) throws InterruptedIOException {
    Instant sendAnyway = null;
    while (true) {
      Duration wait;
      synchronized (this) {
        Instant now = clock.instant();
        if (sendAnyway == null) {
          sendAnyway = now.plus(maxWait);
        }
        forgetExpired(now);
        Instant until = roomAt(now);
        if (until == null || !now.isBefore(sendAnyway)) {
          inFlight++;
          return now;
        }
        Instant goAt = until.isBefore(sendAnyway) ? until : sendAnyway;
        wait = Duration.between(now, goAt);
        Duration left = control.timeLeft(clock, call);
        if (until == Instant.MAX && (left == null || !left.isZero())) {
          // the whole budget is in flight: the next answer says more
          control.waitOn(this, (left == null || wait.compareTo(left) < 0 ? wait : left).toMillis(), call);
          continue;
        }
        if (left != null && wait.compareTo(left) >= 0) {
          throw new CallControl.TimeoutException(
              until == Instant.MAX
                  ? "timeout: the callTimeout was up while the rate-limit budget waited for answers"
                  : "timeout: the rate-limit budget has room again in " + wait.toMillis()
                      + " ms, later than the callTimeout allows; not sent");
        }
      }
      control.sleep(wait, sleeper, call);
    }
  }

  /**
   * When a request may go: {@code null} now, {@link Instant#MAX} once an answer arrives, else
   * the moment the oldest counted request leaves the window.
   */
  private Instant roomAt(Instant now) {
    if (now.isBefore(resumeAt)) {
      return resumeAt;
    }
    if (limit == 0 || counted.size() + inFlight < limit) {
      return null;
    }
    return counted.isEmpty() ? Instant.MAX : counted.peekFirst().plus(window);
  }

  private void forgetExpired(Instant now) {
    while (!counted.isEmpty() && !counted.peekFirst().plus(window).isAfter(now)) {
      counted.removeFirst();
      expired.addLast(now);
      if (expired.size() > MAX_TRACKED) {
        expired.removeFirst();
      }
    }
  }

  /** How many requests this client let leave the window after {@code sentAt}. */
  private int expiredSince(Instant sentAt, Instant now) {
    while (!expired.isEmpty() && expired.peekFirst().plus(window).isBefore(now)) {
      expired.removeFirst();
    }
    int since = 0;
    for (Iterator<Instant> it = expired.descendingIterator(); it.hasNext() && it.next().isAfter(sentAt); ) {
      since++;
    }
    return since;
  }

  private synchronized void record(Response response, Instant sentAt) {
    inFlight--;
    notifyAll();
    Instant now = clock.instant();
    if (response.code() == 429) {
      Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), now);
      if (retryAfter != null) {
        resumeAt = latest(resumeAt, now.plus(capped(retryAfter)));
      }
      return; // a refused request does not count against the budget
    }
    Integer left = parseInt(response.header("X-RateLimit-Remaining"));
    Long reset = parseLong(response.header("X-RateLimit-Reset"));
    if (left == null || reset == null || left < 0) {
      return; // stickies, invitations and auth failures carry no budget
    }
    limit = Math.max(limit, left + 1);
    learnWindow(response, now, reset);
    int inServer = limit - left; // requests in the server's window, this one included
    // Requests answered by the time this one was sent reached the server before it: the server
    // counts at most inServer - 1 of them, the most recent ones.
    int newer = 0;
    for (Iterator<Instant> it = counted.descendingIterator(); it.hasNext() && it.next().isAfter(sentAt); ) {
      newer++;
    }
    for (int drop = counted.size() - newer - (inServer - 1); drop > 0; drop--) {
      counted.removeFirst();
    }
    counted.addLast(now);
    int tracked = Math.min(limit, MAX_TRACKED);
    // More than this client can account for: other users of the same key, each held for a
    // whole window. Two kinds of answer show our own requests the client has since let go, and
    // would pass them off as someone else's: a late one, which shows the server's window from
    // before fresher answers (those have already shown whoever else is still in it), and one
    // whose request was on its way while requests left the window on this client's clock. The
    // server let those go no later than we did, but may have counted them when this one
    // arrived: they are taken to be ours, so another client's request sent within that moment
    // may go unseen until the next answer (at worst a 429, which holds every thread back).
    if (!sentAt.isBefore(newestAnswered)) {
      newestAnswered = sentAt;
      int ours = counted.size() + inFlight + expiredSince(sentAt, now);
      for (int missing = Math.min(inServer, tracked) - ours; missing > 0; missing--) {
        counted.addLast(now);
      }
    }
    while (counted.size() > tracked) {
      counted.removeFirst();
    }
  }

  /**
   * The window is {@code reset - now} on the server's clock. Both are whole seconds (the
   * {@code Date} header) or the reset is truncated, so one reading can fall a second short and
   * none can exceed the window: the longest reading is the window.
   */
  private void learnWindow(Response response, Instant now, long reset) {
    Instant serverNow = serverDate(response.header("Date"));
    if (serverNow == null) {
      serverNow = now;
    }
    Duration reading = Duration.between(serverNow, Instant.ofEpochSecond(reset));
    if (reading.isNegative()) {
      return;
    }
    long seconds = reading.getSeconds() + (reading.getNano() > 0 ? 1 : 0);
    if (seconds > window.getSeconds()) {
      window = Duration.ofSeconds(seconds);
    }
  }

  /**
   * The {@code Date} header, parsed only when it changes (once a second): parsing it on every
   * answer took a tenth of the client's time for a small call.
   */
  private Instant serverDate(String header) {
    if (header == null) {
      return null;
    }
    if (!header.equals(lastDateHeader)) {
      try {
        lastDate = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      } catch (DateTimeParseException unreadable) {
        lastDate = null;
      }
      lastDateHeader = header;
    }
    return lastDate;
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
