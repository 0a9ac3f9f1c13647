package io.github.planesdk.contract;

/**
 * Base of the v2 contract tests: the client of {@link ContractTestBase}, against a Prism mock of
 * the v2 spec.
 */
@PrismMock.V2
abstract class V2ContractTestBase extends ContractTestBase {
  static final String V2_SLUG = "my-team";

  /** The generated v2 API {@code type}, as the client hands it out. */
  <S> S v2(Class<S> type) {
    return plane.v2().api(type);
  }
}
