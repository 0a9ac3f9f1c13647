package io.github.planesdk.contract;

import io.github.planesdk.PlaneClient;

/**
 * A client that asks Prism for one named example of each response ({@code Prefer:
 * example=<name>}), for operations whose spec shows more than one shape. Everything else,
 * the API key and the violation check included, comes from the base client.
 */
final class PreferExample {
  private PreferExample() {}

  static PlaneClient client(PlaneClient base, String example) {
    return preferring(base, "example=" + example);
  }

  /** A client that asks for the error answer {@code code} with its example {@code example}. */
  static PlaneClient errorClient(PlaneClient base, int code, String example) {
    return preferring(base, "code=" + code + ", example=" + example);
  }

  private static PlaneClient preferring(PlaneClient base, String prefer) {
    return PlaneClient.builder()
        // the base client's own interceptor already sends the test key
        .apiKey("plane_api_0123456789abcdef0123456789abcdef")
        .baseUrl(base.baseUrl().toString())
        .httpClient(
            base.httpClient()
                .newBuilder()
                .addInterceptor(
                    chain ->
                        chain.proceed(
                            chain
                                .request()
                                .newBuilder()
                                .header("Prefer", prefer)
                                .build()))
                .build())
        .build();
  }
}
