package io.github.planesdk;

import io.github.planesdk.errors.PlaneException;
import io.github.planesdk.request.RequestOptions;
import java.util.concurrent.CompletableFuture;
import okhttp3.Request;
import retrofit2.Response;

/**
 * One API operation, ready to run. Unlike Retrofit's {@code Call}, it may be executed any number
 * of times, from any thread. Every run sends the same request, byte for byte: the one built, body
 * included, when the API method was called. A model changed after that is not sent; call the API
 * method again for that.
 *
 * <p>The arguments were checked when the call was created: a null or blank path parameter, a
 * {@code per_page} out of range or a {@code fields}/{@code expand} name the spec does not list
 * throws {@link IllegalArgumentException} from the API method itself, before anything is sent.
 *
 * @param <T> the decoded body type ({@code Void} for operations without a body)
 */
public interface PlaneCall<T> {
  /**
   * Sends the request (retrying where that is safe) and decodes the answer.
   *
   * @return the decoded body, or {@code null} for operations that answer no body
   * @throws io.github.planesdk.errors.PlaneApiException a subclass per status for an error answer
   * @throws io.github.planesdk.errors.PlaneConnectionException when no complete answer arrived;
   *     {@link io.github.planesdk.errors.PlaneTimeoutException} when the {@code callTimeout} (or
   *     the {@link RequestOptions#timeout()} of this call) was up, {@link io.github.planesdk.errors.PlaneCanceledException} after {@link #cancel()}
   * @throws io.github.planesdk.errors.PlaneDecodingException for a success body that is not the
   *     promised JSON
   */
  T execute();

  /**
   * Sends the request and answers the raw response, for callers that need the status or the
   * headers. An error status does not throw here; its body is in {@code errorBody()}, already
   * read into memory, so the response holds no connection and needs no closing.
   *
   * @throws PlaneException for a network failure or an unreadable success body
   */
  Response<T> executeForResponse();

  /**
   * Sends the request on the client's dispatcher threads, with the same retries, pacing and typed
   * errors as {@link #execute()}: the future completes with the decoded body, or exceptionally
   * with the {@link PlaneException} {@code execute()} would throw. Cancelling the future cancels
   * the HTTP call (a run still waiting in the SDK stops without sending).
   */
  CompletableFuture<T> executeAsync();

  /**
   * This call with {@code options} for its runs: its own timeout, retries or extra headers, on
   * the same client. The answer is a new call, like OkHttp's {@code clone()}: not cancelled even
   * if this one is, since it shares none of its runs; this one is unchanged. Options given to
   * the answer replace any it had. Running the copy of a cancelled POST or PATCH sends it again,
   * though the cancelled run may have reached the server.
   *
   * @throws IllegalArgumentException if {@code options} is null
   */
  PlaneCall<T> withOptions(RequestOptions options);

  /** The request this call sends, before interceptors run (so without the API key). */
  Request request();

  /**
   * Cancels the runs in progress and every later one: a run waiting in the SDK (for the rate
   * limit, a {@code Retry-After} or a backoff) stops at once without sending, and each run fails
   * with {@link io.github.planesdk.errors.PlaneCanceledException}. A run cancelled during the
   * exchange may or may not have reached the server.
   */
  void cancel();

  /** Whether {@link #cancel()} was called. */
  boolean isCanceled();
}
