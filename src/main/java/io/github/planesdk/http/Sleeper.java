package io.github.planesdk.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** How the SDK waits before a retry or for a rate-limit window; replaceable in tests. */
@FunctionalInterface
public interface Sleeper {
  /** Blocks the current thread. */
  Sleeper SYSTEM = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());

  void sleep(Duration duration) throws InterruptedException;
}
