package io.github.planesdk.request;

import io.github.planesdk.PlaneCall;
import retrofit2.Response;

/**
 * An operation with its optional parameters named, as the generated API methods hand it out:
 * required path parameters and the body are given to the API method, every optional parameter is
 * set by name, and {@code execute()} sends it.
 *
 * <pre>{@code
 * WorkItem item = plane.workItems()
 *     .getWorkItem(slug, projectId, id)
 *     .expand(GetWorkItemRequest.Expand.STATE)
 *     .execute();
 * }</pre>
 *
 * <p>Instances are immutable: each setter answers a copy, so one request may be kept, changed and
 * executed any number of times, from any thread.
 *
 * @param <T> the decoded body type ({@code Void} for operations that answer no body)
 */
public abstract class OperationRequest<T> {
  protected OperationRequest() {}

  /**
   * The call these parameters make, with the arguments checked: a null or blank path parameter
   * or a {@code per_page} out of range throws {@link IllegalArgumentException} here.
   */
  public abstract PlaneCall<T> call();

  /** Sends the request; see {@link PlaneCall#execute()}. */
  public T execute() {
    return call().execute();
  }

  /** Sends the request on the client's dispatcher; see {@link PlaneCall#executeAsync()}. */
  public java.util.concurrent.CompletableFuture<T> executeAsync() {
    return call().executeAsync();
  }

  /** Sends the request and answers the raw response; see {@link PlaneCall#executeForResponse()}. */
  public Response<T> executeForResponse() {
    return call().executeForResponse();
  }

  /**
   * Sends the request with this call's own timeout, retries or headers; see {@link
   * PlaneCall#withOptions(RequestOptions)}.
   *
   * @throws IllegalArgumentException if {@code options} is null, before anything is sent
   */
  public T execute(RequestOptions options) {
    return call().withOptions(options).execute();
  }

  /** {@link #executeAsync()} with this call's own timeout, retries or headers. */
  public java.util.concurrent.CompletableFuture<T> executeAsync(RequestOptions options) {
    return call().withOptions(options).executeAsync();
  }

  /** {@link #executeForResponse()} with this call's own timeout, retries or headers. */
  public Response<T> executeForResponse(RequestOptions options) {
    return call().withOptions(options).executeForResponse();
  }

  /**
   * The wire names of a list parameter's values, or null when none are given (the parameter is
   * then left out).
   *
   * @throws IllegalArgumentException for a null value, naming the parameter
   */
  protected static String[] names(String parameter, Object... values) {
    if (values == null || values.length == 0) {
      return null;
    }
    String[] names = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new IllegalArgumentException(parameter + " must not contain null");
      }
      names[i] = values[i].toString();
    }
    return names;
  }
}
