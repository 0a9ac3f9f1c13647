/**
 * The conformance check, {@code java -jar target/plane-conformance.jar}: does a Plane server keep
 * the contract of the SDK's spec? Every operation of the bundled spec is called through a {@link
 * io.github.planesdk.PlaneClient} and judged by status, headers, body, paging, rate limit and
 * authentication; the results go to the console, {@code report.html} and {@code junit.xml}.
 */
package io.github.planesdk.conformance;
