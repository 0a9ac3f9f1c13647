package io.github.planesdk.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import retrofit2.Retrofit;

/**
 * Makes the generated API classes ({@code io.github.planesdk.api}, {@code
 * io.github.planesdk.v2.api}). Their constructor takes a {@link Retrofit} and is not public, so
 * that no user builds one on a Retrofit without the SDK's call adapter and converters.
 */
public final class GeneratedApis {
  private GeneratedApis() {}

  /** A new {@code api} whose calls go through {@code retrofit}. */
  public static <S> S create(Class<S> api, Retrofit retrofit) {
    String pkg = api.getPackageName();
    if (!pkg.equals("io.github.planesdk.api") && !pkg.equals("io.github.planesdk.v2.api")) {
      throw new IllegalArgumentException(api.getName() + " is not a generated API class");
    }
    Constructor<S> constructor;
    try {
      constructor = api.getDeclaredConstructor(Retrofit.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(api.getName() + " is not a generated API class", e);
    }
    try {
      constructor.setAccessible(true);
      return constructor.newInstance(retrofit);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot make " + api.getName(), e);
    }
  }
}
