package io.github.planesdk.conformance;

/** One observation about one operation: which check, its verdict, and the exact difference or reason. */
final class Finding {
  private final String check;
  private final Verdict verdict;
  private final String detail;

  Finding(String check, Verdict verdict, String detail) {
    this.check = check;
    this.verdict = verdict;
    this.detail = detail;
  }

  static Finding pass(String check, String detail) {
    return new Finding(check, Verdict.PASS, detail);
  }

  static Finding deviation(String check, String detail) {
    return new Finding(check, Verdict.DEVIATION, detail);
  }

  static Finding skipped(String check, String reason) {
    return new Finding(check, Verdict.SKIPPED, reason);
  }

  static Finding notSupported(String check, String reason) {
    return new Finding(check, Verdict.NOT_SUPPORTED, reason);
  }

  /** The check's name, e.g. {@code response} or {@code paging}. */
  public String check() {
    return check;
  }

  public Verdict verdict() {
    return verdict;
  }

  /** What was seen: the difference for a deviation, the reason for a skip. */
  public String detail() {
    return detail;
  }

  Finding withDetail(String newDetail) {
    return new Finding(check, verdict, newDetail);
  }

  @Override
  public String toString() {
    return verdict.label() + " [" + check + "] " + detail;
  }
}
