package io.github.planesdk.internal;

import java.time.Duration;

/** The argument checks the builders share, so a bad setting reads the same wherever it is made. */
public final class Arguments {
  private Arguments() {}

  /** @throws IllegalArgumentException naming {@code name} if {@code value} is null, zero or negative */
  public static Duration positive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  /** @throws IllegalArgumentException naming {@code name} if {@code value} is null or negative */
  public static Duration nonNegative(String name, Duration value) {
    if (value == null || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be zero or positive, was " + value);
    }
    return value;
  }

  /** @throws IllegalArgumentException naming {@code name} if {@code value} is negative */
  public static int nonNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
    return value;
  }

  /** @throws IllegalArgumentException naming {@code name} if {@code value} is outside {@code min..max} */
  public static int between(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /** @throws IllegalArgumentException naming {@code name} if {@code value} is below {@code min} */
  public static int atLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
    }
    return value;
  }
}
