package io.github.planesdk.internal;

import io.github.planesdk.PlaneCall;
import io.github.planesdk.errors.PlaneApiException;
import io.github.planesdk.errors.PlaneConnectionException;
import io.github.planesdk.errors.PlaneDecodingException;
import io.github.planesdk.internal.DecodingConverterFactory.UndecodableBody;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Invocation;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * Adapts Retrofit's {@code Call<T>} to {@link PlaneCall}: checks the arguments before anything
 * is sent, and turns every failure into a typed {@code PlaneException}.
 */
public final class PlaneCallAdapterFactory extends CallAdapter.Factory {
  private final RequestValidator validator = new RequestValidator();
  private final String secret;

  public PlaneCallAdapterFactory() {
    this(null);
  }

  /** @param secret text that must never appear in an exception message (the API key) */
  public PlaneCallAdapterFactory(String secret) {
    this.secret = secret == null || secret.isEmpty() ? null : secret;
  }

  @Override
  public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    if (getRawType(returnType) != PlaneCall.class) {
      return null;
    }
    Type bodyType = getParameterUpperBound(0, (ParameterizedType) returnType);
    return new CallAdapter<Object, PlaneCall<?>>() {
      @Override
      public Type responseType() {
        return bodyType;
      }

      @Override
      public PlaneCall<?> adapt(Call<Object> call) {
        // building the request runs Retrofit's own checks (a null path parameter, a null body)
        Invocation invocation = call.request().tag(Invocation.class);
        if (invocation != null) {
          validator.validate(invocation.method(), invocation.arguments());
        }
        return new RetrofitPlaneCall<>(call, bodyType);
      }
    };
  }

  private String redact(String text) {
    return secret == null || text == null ? text : text.replace(secret, "██");
  }

  private final class RetrofitPlaneCall<T> implements PlaneCall<T> {
    private final Call<T> template;
    private final Type bodyType;
    /** The template's request is built already (for the argument checks): its first send uses it. */
    private final AtomicBoolean templateSent = new AtomicBoolean();

    RetrofitPlaneCall(Call<T> template, Type bodyType) {
      this.template = template;
      this.bodyType = bodyType;
    }

    @Override
    public T execute() {
      Response<T> response = executeForResponse();
      if (!response.isSuccessful() && !isAnsweredRedirect(response)) {
        throw toApiException(response);
      }
      return response.body();
    }

    @Override
    public Response<T> executeForResponse() {
      // Retrofit buffers an error body and closes the network response before answering, so
      // the Response handed out holds no connection and needs no closing.
      Call<T> call = templateSent.compareAndSet(false, true) ? template : template.clone();
      try {
        return call.execute();
      } catch (UndecodableBody e) {
        Throwable cause = e.getCause();
        throw new PlaneDecodingException(
            redact(describe() + " answered a body that is not a valid "
                + typeName() + ": " + cause.getMessage()),
            cause);
      } catch (IOException e) {
        throw new PlaneConnectionException(redact(describe() + " failed: " + e), e);
      }
    }

    @Override
    public Request request() {
      return template.request();
    }

    /** An operation without a body (a download) may answer with a redirect to the content. */
    private boolean isAnsweredRedirect(Response<T> response) {
      return bodyType == Void.class && response.raw().isRedirect();
    }

    private String describe() {
      Request request = template.request();
      return request.method() + " " + request.url();
    }

    private String typeName() {
      return bodyType instanceof Class ? ((Class<?>) bodyType).getSimpleName() : bodyType.toString();
    }

    private PlaneApiException toApiException(Response<?> response) {
      String body = "";
      try (ResponseBody errorBody = response.errorBody()) {
        if (errorBody != null) {
          body = errorBody.string();
        }
      } catch (IOException unreadable) {
        body = ""; // already buffered by Retrofit; cannot fail in practice
      }
      return PlaneApiException.of(response.code(), response.headers(), redact(body));
    }
  }
}
