package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.planesdk.PlaneClient;
import io.github.planesdk.errors.PlaneApiException;
import io.github.planesdk.model.UserLite;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class UsersContractTest extends ContractTestBase {
  @Test
  @Covers("getCurrentUser")
  void getCurrentUser() {
    UserLite me = plane.users().getCurrentUser().execute();

    assertEquals(USER_ID, me.getId());
    assertEquals("Sdk", me.getFirstName());
    assertEquals("sdk-tester@example.com", me.getEmail());
    assertEquals("sdk-tester", me.getDisplayName());
    assertNull(me.getAvatarUrl());
  }

  @Test
  void requestWithoutKeyGets401(PrismMock.Server prism) {
    OkHttpClient dropKey =
        new OkHttpClient.Builder()
            .addNetworkInterceptor(
                chain ->
                    chain.proceed(chain.request().newBuilder().removeHeader("X-API-Key").build()))
            .build();
    try (PlaneClient keyless =
        PlaneClient.builder().apiKey("unused").baseUrl(prism.baseUrl()).httpClient(dropKey).build()) {
      PlaneApiException e =
          assertThrows(PlaneApiException.class, () -> keyless.users().getCurrentUser().execute());
      assertEquals(401, e.statusCode());
    }
  }
}
