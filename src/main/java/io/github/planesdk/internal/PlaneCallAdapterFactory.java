package io.github.planesdk.internal;

import io.github.planesdk.PlaneCall;
import io.github.planesdk.errors.PlaneApiException;
import io.github.planesdk.errors.PlaneException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Response;
import retrofit2.Retrofit;

/** Adapts Retrofit's {@code Call<T>} to {@link PlaneCall}, turning failures into typed errors. */
public final class PlaneCallAdapterFactory extends CallAdapter.Factory {
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
        return new RetrofitPlaneCall<>(call);
      }
    };
  }

  private static final class RetrofitPlaneCall<T> implements PlaneCall<T> {
    private final Call<T> template;

    RetrofitPlaneCall(Call<T> template) {
      this.template = template;
    }

    @Override
    public T execute() {
      Response<T> response = executeForResponse();
      if (!response.isSuccessful()) {
        throw toApiException(response);
      }
      return response.body();
    }

    @Override
    public Response<T> executeForResponse() {
      try {
        return template.clone().execute();
      } catch (IOException e) {
        throw new PlaneException("request failed: " + e.getMessage(), e);
      }
    }

    @Override
    public Request request() {
      return template.request();
    }

    private static PlaneApiException toApiException(Response<?> response) {
      String body = "";
      try (ResponseBody errorBody = response.errorBody()) {
        if (errorBody != null) {
          body = errorBody.string();
        }
      } catch (IOException e) {
        body = "";
      }
      return new PlaneApiException(response.code(), response.headers(), body, body);
    }
  }
}
