package io.github.planesdk.internal;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Marks every failure of the next body converter (Moshi) as a decoding failure, so the call can
 * tell an unreadable body from a broken connection: both arrive as {@code IOException}s
 * otherwise.
 */
public final class DecodingConverterFactory extends Converter.Factory {
  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    Converter<ResponseBody, ?> delegate =
        retrofit.nextResponseBodyConverter(this, type, annotations);
    return body -> {
      try {
        return delegate.convert(body);
      } catch (IOException | RuntimeException e) {
        throw new UndecodableBody(e);
      }
    };
  }

  /** Thrown through Retrofit, unwrapped by the call adapter. */
  static final class UndecodableBody extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UndecodableBody(Throwable cause) {
      super(cause);
    }
  }
}
