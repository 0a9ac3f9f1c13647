package io.github.planesdk.contract;

import io.github.planesdk.PlaneClient;
import java.util.UUID;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the contract tests: a {@link PlaneClient} against the Prism mock. Prism validates every
 * request against the spec and answers 422 (or 401) with an {@code sl-violations} header when
 * the SDK sent something the spec does not allow; such an answer fails the test with the
 * violations in its message. A class marked {@link PrismMock.V2} gets a mock of the v2 spec.
 */
@ExtendWith(PrismMock.class)
abstract class ContractTestBase {
  static final String SLUG = "sdk-test";
  static final UUID PROJECT_ID = UUID.fromString("1ab7ec3f-552e-4a0f-845c-0c4371e8ac2c");
  static final UUID USER_ID = UUID.fromString("ecfe465b-8a7c-4954-aff0-1e727123bf24");
  static final UUID WORKSPACE_ID = UUID.fromString("9cbd4a61-6e55-4754-b9b3-0d5451c58232");

  PlaneClient plane;
  /** The last request the client sent, as it went on the wire (body included). */
  okhttp3.Request lastRequest;
  String lastRequestBody;
  /** The body of the last answer, as the mock sent it (null when it had none). */
  String lastResponseBody;

  @BeforeEach
  void connect(PrismMock.Server prism) {
    OkHttpClient failOnViolations =
        new OkHttpClient.Builder()
            .addNetworkInterceptor(
                chain -> {
                  lastRequest = chain.request();
                  lastRequestBody = bodyOf(lastRequest);
                  okhttp3.Response response = chain.proceed(chain.request());
                  String violations = response.header("sl-violations");
                  if (violations != null && response.code() >= 400) {
                    response.close();
                    throw new AssertionError(
                        "Prism refused " + chain.request().method() + " " + chain.request().url()
                            + ": " + violations);
                  }
                  lastResponseBody =
                      response.body() == null ? null : response.peekBody(Long.MAX_VALUE).string();
                  return response;
                })
            .build();
    plane =
        PlaneClient.builder()
            .apiKey("plane_api_0123456789abcdef0123456789abcdef")
            .baseUrl(prism.baseUrl())
            .httpClient(failOnViolations)
            .build();
  }

  private static String bodyOf(okhttp3.Request request) throws java.io.IOException {
    if (request.body() == null) {
      return null;
    }
    okio.Buffer buffer = new okio.Buffer();
    request.body().writeTo(buffer);
    return buffer.readUtf8();
  }

  @AfterEach
  void disconnect() {
    plane.close();
  }
}
