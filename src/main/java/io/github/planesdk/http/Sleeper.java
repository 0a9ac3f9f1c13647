package io.github.planesdk.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How the SDK waits before a retry or for a rate-limit window; replaceable in tests. With
 * {@link #SYSTEM} the SDK waits in a way that a cancel of the call ends at once; another sleeper
 * is called as it is, and the call's cancel is looked at after it returns.
 */
@FunctionalInterface
public interface Sleeper {
  /** Blocks the current thread. */
  Sleeper SYSTEM = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());

  void sleep(Duration duration) throws InterruptedException;
}
