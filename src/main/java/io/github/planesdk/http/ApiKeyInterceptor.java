package io.github.planesdk.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds the {@code X-API-Key} header to every request. */
public final class ApiKeyInterceptor implements Interceptor {
  /** The header Plane reads the key from. */
  public static final String HEADER = "X-API-Key";

  private final String apiKey;

  public ApiKeyInterceptor(String apiKey) {
    this.apiKey = apiKey;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header(HEADER, apiKey).build());
  }

  @Override
  public String toString() {
    return "ApiKeyInterceptor(X-API-Key: ██)";
  }
}
