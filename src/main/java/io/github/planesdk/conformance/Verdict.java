package io.github.planesdk.conformance;

/** The outcome of one check, and of one operation (the worst of its checks). */
enum Verdict {
  /** The server answered as the spec says. */
  PASS("pass"),
  /** The server answered something the spec does not allow. */
  DEVIATION("deviation"),
  /** The server does not serve this operation of another edition (Cloud-only on a self-hosted server). */
  NOT_SUPPORTED("not supported"),
  /** The check could not run; the finding says why. */
  SKIPPED("skipped");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** How reports print it. */
  public String label() {
    return label;
  }
}
