package io.github.planesdk.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that moves only when the code under test sleeps, and remembers every sleep. */
public final class FakeTime extends Clock implements Sleeper {
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private volatile Instant now;

  public FakeTime(Instant start) {
    this.now = start;
  }

  public FakeTime() {
    this(Instant.ofEpochSecond(1_795_820_000L));
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  /** Every wait, in order. */
  public List<Duration> sleeps() {
    return sleeps;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
