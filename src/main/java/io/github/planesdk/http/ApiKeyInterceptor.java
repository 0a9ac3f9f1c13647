package io.github.planesdk.http;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the {@code X-API-Key} header to requests for the configured server, as a network
 * interceptor: a redirect to another host or scheme (a storage bucket, a downgrade to http)
 * never receives the key. The response handed upwards carries the request without the key, so
 * {@code response.raw().request()} is safe to print.
 */
public final class ApiKeyInterceptor implements Interceptor {
  /** The header Plane reads the key from. */
  public static final String HEADER = "X-API-Key";

  private final String apiKey;
  private final HttpUrl origin;

  /** @param origin the server the key belongs to; only its scheme, host and port matter */
  public ApiKeyInterceptor(String apiKey, HttpUrl origin) {
    this.apiKey = apiKey;
    this.origin = origin;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    HttpUrl url = request.url();
    if (!url.scheme().equals(origin.scheme())
        || !url.host().equals(origin.host())
        || url.port() != origin.port()) {
      return chain.proceed(request);
    }
    Response response = chain.proceed(request.newBuilder().header(HEADER, apiKey).build());
    return response.newBuilder().request(request).build();
  }

  @Override
  public String toString() {
    return "ApiKeyInterceptor(X-API-Key: ██)";
  }
}
