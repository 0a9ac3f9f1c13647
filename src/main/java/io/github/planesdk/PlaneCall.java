package io.github.planesdk;

import io.github.planesdk.errors.PlaneException;
import okhttp3.Request;
import retrofit2.Response;

/**
 * One API operation, ready to run. Unlike Retrofit's {@code Call}, it may be executed any number
 * of times; each execution sends a fresh request.
 *
 * @param <T> the decoded body type ({@code Void} for operations without a body)
 */
public interface PlaneCall<T> {
  /**
   * Sends the request and decodes the answer.
   *
   * @return the decoded body, or {@code null} for operations that answer no body
   * @throws PlaneException a typed exception for an error status, a network failure or an
   *     unreadable body
   */
  T execute();

  /**
   * Sends the request and answers the raw response, for callers that need the status or the
   * headers. An error status does not throw here; its body stays in {@code errorBody()}.
   *
   * @throws PlaneException for a network failure or an unreadable success body
   */
  Response<T> executeForResponse();

  /** The request this call sends, before interceptors run. */
  Request request();
}
