package io.github.planesdk.internal;

import io.github.planesdk.http.Sleeper;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Request;

/**
 * One run of a call as the SDK's own waits (pacing, {@code Retry-After}, backoff) see it: when it
 * must be over, by its {@code callTimeout}, and whether it was cancelled. It travels with the
 * request as a tag, so {@code PlaneCall.cancel()} can wake a waiting run at once.
 */
public final class CallControl {
  /** How often a wait looks for a cancel that came through OkHttp rather than through us. */
  private static final long POLL_MILLIS = 100;

  private volatile boolean canceled;
  /** What a waiting thread waits on; notified on cancel. Guarded by this. */
  private Object monitor = this;
  /** When the run must be over; {@link Instant#MAX} without a call timeout. Guarded by this. */
  private Instant deadline;

  /** The request's control, attached if it has none yet (a request sent without PlaneCall). */
  public static Request attach(Request request) {
    return request.tag(CallControl.class) != null
        ? request
        : request.newBuilder().tag(CallControl.class, new CallControl()).build();
  }

  /** The control of the chain's request, or a fresh one that only OkHttp's cancel reaches. */
  public static CallControl of(Interceptor.Chain chain) {
    CallControl control = chain.request().tag(CallControl.class);
    return control != null ? control : new CallControl();
  }

  /** Cancels the run: a wait in progress ends at once, and no further wait starts. */
  public void cancel() {
    canceled = true;
    Object waitingOn;
    synchronized (this) {
      waitingOn = monitor;
    }
    synchronized (waitingOn) {
      waitingOn.notifyAll();
    }
  }

  /** Whether {@link #cancel()} was called (not OkHttp's own cancel, nor its call timeout). */
  public boolean canceledByCaller() {
    return canceled;
  }

  public boolean isCanceled(Call call) {
    return canceled || call.isCanceled();
  }

  /**
   * The time the run has left, counted on {@code clock} from the first time this is asked;
   * {@code null} when the call has no timeout.
   */
  public Duration timeLeft(Clock clock, Call call) {
    Instant now = clock.instant();
    Instant end;
    synchronized (this) {
      if (deadline == null) {
        long timeout = call.timeout().timeoutNanos();
        deadline = timeout == 0 ? Instant.MAX : now.plusNanos(timeout);
      }
      end = deadline;
    }
    if (end == Instant.MAX) {
      return null;
    }
    return now.isBefore(end) ? Duration.between(now, end) : Duration.ZERO;
  }

  /** Whether a wait of {@code wait} would end after the run's time is up. */
  public boolean outlasts(Duration wait, Clock clock, Call call) {
    Duration left = timeLeft(clock, call);
    return left != null && wait.compareTo(left) >= 0;
  }

  /**
   * Waits {@code duration}. The system sleeper waits on this control, so a cancel ends the wait
   * at once; another sleeper (a test's fake time) is called as it is.
   *
   * @throws InterruptedIOException if the run is cancelled before or during the wait
   */
  public void sleep(Duration duration, Sleeper sleeper, Call call) throws InterruptedIOException {
    checkNotCanceled(call);
    try {
      if (sleeper != Sleeper.SYSTEM) {
        sleeper.sleep(duration);
      } else {
        long end = System.nanoTime() + duration.toNanos();
        synchronized (this) {
          for (long left = duration.toNanos(); left > 0 && !isCanceled(call); left = end - System.nanoTime()) {
            wait(Math.max(1, Math.min(POLL_MILLIS, (left + 999_999) / 1_000_000)));
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting");
    }
    checkNotCanceled(call);
  }

  /**
   * Waits on {@code lock}, which the caller holds, for at most {@code millis}: woken by the lock's
   * {@code notify} or by a cancel.
   */
  public void waitOn(Object lock, long millis, Call call) throws InterruptedIOException {
    checkNotCanceled(call);
    synchronized (this) {
      monitor = lock;
    }
    try {
      // a cancel between the check above and the line before notified the old monitor: look again
      checkNotCanceled(call);
      lock.wait(Math.max(1, Math.min(POLL_MILLIS, millis)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting");
    } finally {
      synchronized (this) {
        monitor = this;
      }
    }
    checkNotCanceled(call);
  }

  private void checkNotCanceled(Call call) throws InterruptedIOException {
    if (isCanceled(call)) {
      throw new InterruptedIOException("Canceled");
    }
  }

  /** A wait the SDK would add outlasts the call's timeout: the call ends now instead. */
  public static final class TimeoutException extends InterruptedIOException {
    private static final long serialVersionUID = 1L;

    public TimeoutException(String message) {
      super(message);
    }
  }
}
