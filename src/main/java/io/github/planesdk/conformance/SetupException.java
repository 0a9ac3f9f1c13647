package io.github.planesdk.conformance;

/** The check cannot run at all (bad flags, no Prism, server unreachable, key refused): exit code 2. */
final class SetupException extends Exception {
  private static final long serialVersionUID = 1L;

  SetupException(String message) {
    super(message);
  }

  SetupException(String message, Throwable cause) {
    super(message, cause);
  }
}
