package io.github.planesdk.internal;

import java.time.Duration;
import java.util.regex.Pattern;

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
    within(name, value, min, max);
    return value;
  }

  /** @throws IllegalArgumentException naming {@code name} if {@code value} is below {@code min} */
  public static int atLeast(String name, int value, int min) {
    within(name, value, min, Long.MAX_VALUE);
    return value;
  }

  /**
   * One wording for every bound, the builders' and the spec's ({@link Range}): {@code
   * Long.MIN_VALUE} or {@code Long.MAX_VALUE} leave that side open.
   *
   * @throws IllegalArgumentException naming {@code name} if {@code value} is outside {@code min..max}
   */
  public static long within(String name, long value, long min, long max) {
    if (value >= min && value <= max) {
      return value;
    }
    String rule =
        max == Long.MAX_VALUE
            ? "at least " + min
            : min == Long.MIN_VALUE ? "at most " + max : "between " + min + " and " + max;
    throw new IllegalArgumentException(name + " must be " + rule + ", was " + value);
  }

  /**
   * A model's text field against its spec rule (length, pattern); {@code null} passes. The message
   * names the field and the rule, not the value (a field may hold a secret).
   *
   * @throws IllegalArgumentException naming {@code name} if {@code value} breaks the rule
   */
  public static String text(String name, String value, int minLength, int maxLength, Pattern pattern) {
    if (value == null) {
      return null;
    }
    int length = value.codePointCount(0, value.length());
    if (length < minLength || length > maxLength) {
      throw new IllegalArgumentException(
          name + " must be " + (maxLength == Integer.MAX_VALUE
              ? "at least " + minLength
              : minLength + " to " + maxLength) + " characters long, was " + length);
    }
    if (pattern != null && !pattern.matcher(value).find()) {
      throw new IllegalArgumentException(name + " must match " + pattern.pattern());
    }
    return value;
  }
}
