package io.github.planesdk.internal;

import io.github.planesdk.PlaneCall;
import io.github.planesdk.errors.PlaneApiException;
import io.github.planesdk.errors.PlaneCanceledException;
import io.github.planesdk.errors.PlaneConnectionException;
import io.github.planesdk.errors.PlaneDecodingException;
import io.github.planesdk.errors.PlaneException;
import io.github.planesdk.errors.PlaneTimeoutException;
import io.github.planesdk.request.RequestOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Converter;
import retrofit2.Invocation;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * Adapts Retrofit's {@code Call<T>} to {@link PlaneCall}: checks the arguments before anything
 * is sent, sends the request built then on every run, and turns every failure into a typed
 * {@code PlaneException} that names the call (method and path template) and the status.
 */
public final class PlaneCallAdapterFactory extends CallAdapter.Factory {
  /** How much of an undecodable body an exception message quotes. */
  private static final int QUOTED_BYTES = 120;
  /** A field name that names a secret: a token, a secret, a password, a key, an OAuth code. */
  private static final String SECRET_NAME =
      "[A-Za-z_]*(?:token|secret|password|key)[A-Za-z_]*|code(?:_verifier)?";
  /**
   * A JSON string, or a form value, under a name that names a secret (an OAuth token answer,
   * say): not quoted, since a token the client did not start with is not a text {@link #redact}
   * knows.
   */
  private static final java.util.regex.Pattern SECRET_VALUE =
      java.util.regex.Pattern.compile(
          "(\"(?:" + SECRET_NAME + ")\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"?"
              + "|(?<![A-Za-z_])((?:" + SECRET_NAME + ")=)[^&\\s\"]*",
          java.util.regex.Pattern.CASE_INSENSITIVE);
  private static final java.util.regex.Pattern SECRET_FIELD =
      java.util.regex.Pattern.compile(SECRET_NAME, java.util.regex.Pattern.CASE_INSENSITIVE);

  private final RequestValidator validator = new RequestValidator();
  /** Text that must never appear in an exception message: the key, or the tokens in use. */
  private final Supplier<? extends Collection<String>> secrets;

  /**
   * @param secrets asked when an exception is built: the texts it must not show (the key, or
   *     the access tokens in use, which change as they are renewed)
   */
  public PlaneCallAdapterFactory(Supplier<? extends Collection<String>> secrets) {
    this.secrets = secrets;
  }

  @Override
  public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    if (getRawType(returnType) != PlaneCall.class) {
      return null;
    }
    Type bodyType = getParameterUpperBound(0, (ParameterizedType) returnType);
    Converter<ResponseBody, Object> converter = retrofit.responseBodyConverter(bodyType, annotations);
    String name = callName(annotations) != null ? callName(annotations) : "call";
    return new Adapter(bodyType, converter, retrofit.callFactory(), name);
  }

  /** Makes the {@link PlaneCall}s of one API method. */
  final class Adapter implements CallAdapter<Object, PlaneCall<?>> {
    private final Type bodyType;
    private final Converter<ResponseBody, Object> converter;
    private final okhttp3.Call.Factory client;
    private final String name;

    Adapter(Type bodyType, Converter<ResponseBody, Object> converter, okhttp3.Call.Factory client, String name) {
      this.bodyType = bodyType;
      this.converter = converter;
      this.client = client;
      this.name = name;
    }

    @Override
    public Type responseType() {
      return bodyType;
    }

    @Override
    public PlaneCall<?> adapt(Call<Object> call) {
      // building the request runs Retrofit's own checks (a null path parameter, a null body)
      Request request = call.request();
      Invocation invocation = request.tag(Invocation.class);
      if (invocation != null) {
        validator.validate(invocation.method(), invocation.arguments());
      }
      return new OkHttpPlaneCall<>(request, null, client, converter, bodyType, name);
    }

    /**
     * The call of {@code method} with {@code arguments}, checked before {@code request} builds the
     * request (see {@link DirectEndpoints}).
     */
    PlaneCall<?> adapt(Method method, List<?> arguments, Supplier<Request> request) {
      validator.validate(method, arguments);
      return new OkHttpPlaneCall<>(request.get(), null, client, converter, bodyType, name);
    }
  }

  /**
   * The call that sends {@code request}, as exception messages name it: {@code GET
   * /api/v1/workspaces/{slug}/projects/}; the request's own path if no API method made it.
   */
  public static String callName(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    String name = invocation == null ? null : callName(invocation.method().getAnnotations());
    return name != null ? name : request.method() + " " + request.url().encodedPath();
  }

  /** {@code GET /api/v1/users/me/}, from the method's Retrofit annotation; null if none. */
  private static String callName(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      String method = annotation.annotationType().getSimpleName();
      if (annotation.annotationType().getPackageName().equals("retrofit2.http")
          && method.equals(method.toUpperCase(java.util.Locale.ROOT))) {
        try {
          Method value = annotation.annotationType().getMethod("value");
          return method + " /" + value.invoke(annotation);
        } catch (ReflectiveOperationException notAnHttpMethod) {
          // e.g. @HTTP; fall through
        }
      }
    }
    return null;
  }

  /**
   * {@code request} with the options as its tag, for the interceptors, and their headers, each
   * replacing the operation's own of that name. The credential is not among them: the builder
   * refuses its headers, and the client writes its own over any on the wire.
   */
  private static Request optioned(Request request, RequestOptions options) {
    Request.Builder builder =
        request.newBuilder().tag(RequestOptions.class, options).tag(CallControl.class, new CallControl());
    okhttp3.Headers headers = options.headers();
    for (String header : headers.names()) {
      builder.removeHeader(header);
      for (String value : headers.values(header)) {
        builder.addHeader(header, value);
      }
    }
    return builder.build();
  }

  /**
   * {@code text} without the client's secrets, nor the values of {@code request}'s form fields
   * that name a secret (the OAuth client secret, code, refresh token or token being revoked):
   * a server that refuses one often quotes it.
   */
  private String redact(String text, Request request) {
    if (text == null) {
      return null;
    }
    for (String secret : secrets.get()) {
      text = mask(text, secret);
    }
    if (request.body() instanceof FormBody) {
      FormBody form = (FormBody) request.body();
      for (int i = 0; i < form.size(); i++) {
        if (SECRET_FIELD.matcher(form.name(i)).matches()) {
          text = mask(mask(text, form.value(i)), form.encodedValue(i));
        }
      }
    }
    return text;
  }

  private static String mask(String text, String secret) {
    return secret.isEmpty() ? text : text.replace(secret, "██");
  }

  private final class OkHttpPlaneCall<T> implements PlaneCall<T> {
    /** The request as the API method built it, without per-call options. */
    private final Request built;
    /** The request each run sends: {@code built} with the options' headers and tag. */
    private final Request request;
    /** This call's own settings; null: the client's. */
    private final RequestOptions options;
    private final okhttp3.Call.Factory client;
    private final Converter<ResponseBody, Object> converter;
    private final Type bodyType;
    private final String name;
    /** The runs in progress, for {@link #cancel()}; mostly one. Guarded by this. */
    private final List<Run> running = new ArrayList<>(1);
    /** Whether a run took the control {@code request} carries (it is sent as it is, uncopied). */
    private boolean firstRunTaken; // guarded by this
    private volatile boolean canceled;

    OkHttpPlaneCall(
        Request built,
        RequestOptions options,
        okhttp3.Call.Factory client,
        Converter<ResponseBody, Object> converter,
        Type bodyType,
        String name) {
      this.built = built;
      this.options = options;
      this.request = options == null ? built : optioned(built, options);
      this.client = client;
      this.converter = converter;
      this.bodyType = bodyType;
      this.name = name;
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
    public CompletableFuture<T> executeAsync() {
      Run run = newRun();
      CompletableFuture<T> future =
          new CompletableFuture<T>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
              // Settle the future first: aborting the exchange fails it on a dispatcher
              // thread, which could otherwise complete it before this cancel does.
              boolean cancelled = super.cancel(mayInterruptIfRunning);
              run.cancel(); // wakes an SDK wait, or aborts the exchange
              return cancelled;
            }
          };
      started(run);
      if (canceled) {
        run.cancel();
      }
      run.call.enqueue(
          new okhttp3.Callback() {
            @Override
            public void onFailure(okhttp3.Call call, IOException e) {
              ended(run);
              future.completeExceptionally(failure(e, run));
            }

            @Override
            public void onResponse(okhttp3.Call call, okhttp3.Response raw) {
              ended(run);
              try (okhttp3.Response closed = raw) {
                Response<T> response = parse(closed);
                if (!response.isSuccessful() && !isAnsweredRedirect(response)) {
                  future.completeExceptionally(toApiException(response));
                } else {
                  future.complete(response.body());
                }
              } catch (IOException e) {
                future.completeExceptionally(failure(e, run));
              } catch (RuntimeException e) {
                future.completeExceptionally(e);
              }
            }
          });
      return future;
    }

    private Run newRun() {
      CallControl control;
      synchronized (this) {
        control = firstRunTaken ? null : request.tag(CallControl.class);
        firstRunTaken = true;
      }
      Request sent = request;
      if (control == null) {
        control = new CallControl(); // a control is one run's: later runs send a copy with their own
        sent = request.newBuilder().tag(CallControl.class, control).build();
      }
      okhttp3.Call call = client.newCall(sent);
      if (options != null && options.timeout().isPresent()) {
        // before execute or enqueue, which start OkHttp's watchdog; the SDK's waits read it too
        call.timeout().timeout(options.timeout().get().toNanos(), TimeUnit.NANOSECONDS);
      }
      return new Run(call, control);
    }

    private synchronized void started(Run run) {
      running.add(run);
    }

    private synchronized void ended(Run run) {
      running.remove(run);
    }

    @Override
    public PlaneCall<T> withOptions(RequestOptions options) {
      if (options == null) {
        throw new IllegalArgumentException("options must not be null");
      }
      return new OkHttpPlaneCall<>(built, options, client, converter, bodyType, name);
    }

    @Override
    public Response<T> executeForResponse() {
      Run run = newRun();
      started(run);
      try {
        if (canceled) {
          run.cancel();
        }
        // Error bodies are read into memory and the network response closed before answering,
        // so the Response handed out holds no connection and needs no closing.
        try (okhttp3.Response raw = run.call.execute()) {
          return parse(raw);
        }
      } catch (IOException e) {
        throw failure(e, run);
      } finally {
        ended(run);
      }
    }

    @Override
    public Request request() {
      return request;
    }

    @Override
    public void cancel() {
      canceled = true;
      Run[] runs;
      synchronized (this) {
        runs = running.toArray(new Run[0]);
      }
      for (Run run : runs) {
        run.cancel();
      }
    }

    @Override
    public boolean isCanceled() {
      return canceled;
    }

    @SuppressWarnings("unchecked")
    private Response<T> parse(okhttp3.Response raw) throws IOException {
      ResponseBody body = raw.body();
      okhttp3.Response bodiless = raw.newBuilder().body(new Consumed(body)).build();
      int code = raw.code();
      if (code < 200 || code >= 300) {
        return Response.error(ResponseBody.create(body.bytes(), body.contentType()), bodiless);
      }
      if (code == 204 || code == 205) {
        return Response.success(null, bodiless);
      }
      BufferedSource source = body.source();
      source.request(QUOTED_BYTES + 1);
      // Copied out as bytes: copying into another Buffer would share the body's segment, and a
      // shared segment never returns to okio's pool, so every call would allocate a new 8 KB one.
      Buffer buffer = source.getBuffer();
      ByteArrayOutputStream start = new ByteArrayOutputStream(QUOTED_BYTES + 1);
      buffer.copyTo(start, 0, Math.min(buffer.size(), QUOTED_BYTES + 1));
      try {
        return Response.success((T) converter.convert(body), bodiless);
      } catch (IOException | RuntimeException e) {
        Throwable cause = e instanceof DecodingConverterFactory.UndecodableBody ? e.getCause() : e;
        throw new PlaneDecodingException(
            redact(name + " answered " + code + " (" + body.contentType() + ") with a body that is"
                + " not a valid " + typeName() + ": " + cause.getMessage() + "; it starts "
                + quote(start.toByteArray()), request),
            cause);
      }
    }

    private String quote(byte[] start) {
      int size = start.length;
      if (size == 0) {
        return "empty";
      }
      String text = new String(start, 0, Math.min(size, QUOTED_BYTES), StandardCharsets.UTF_8);
      text =
          SECRET_VALUE
              .matcher(text)
              .replaceAll(m -> m.group(1) != null ? "$1\"██\"" : "$2██");
      return "\"" + text.replaceAll("\\s+", " ") + (size > QUOTED_BYTES ? "…" : "") + "\"";
    }

    private PlaneException failure(IOException e, Run run) {
      if (run.control.canceledByCaller()) {
        return new PlaneCanceledException(name + " canceled", e);
      }
      if (e instanceof CallControl.TimeoutException || isOkHttpTimeout(e)) {
        return new PlaneTimeoutException(redact(name + " failed: " + e.getMessage(), request), e);
      }
      if (run.call.isCanceled()) {
        return new PlaneCanceledException(name + " canceled", e);
      }
      return new PlaneConnectionException(redact(name + " failed: " + e, request), e);
    }

    /** OkHttp's {@code callTimeout} fires as an {@code InterruptedIOException("timeout")}. */
    private boolean isOkHttpTimeout(IOException e) {
      return e instanceof InterruptedIOException
          && !(e instanceof SocketTimeoutException)
          && "timeout".equals(e.getMessage());
    }

    /** An operation without a body (a download) may answer with a redirect to the content. */
    private boolean isAnsweredRedirect(Response<T> response) {
      return bodyType == Void.class && response.raw().isRedirect();
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
        body = ""; // already in memory; cannot fail in practice
      }
      return PlaneApiException.of(name, response.code(), response.headers(), redact(body, request));
    }
  }

  /** One run of a call: OkHttp's call and the SDK's control of its waits. */
  private static final class Run {
    final okhttp3.Call call;
    final CallControl control;

    Run(okhttp3.Call call, CallControl control) {
      this.call = call;
      this.control = control;
    }

    void cancel() {
      control.cancel();
      call.cancel();
    }
  }

  /** Stands in for a body that was decoded already, as Retrofit's own calls do. */
  private static final class Consumed extends ResponseBody {
    private final ResponseBody decoded;

    Consumed(ResponseBody decoded) {
      this.decoded = decoded;
    }

    /** Parsed from the header only when asked: most callers never ask. */
    @Override
    public MediaType contentType() {
      return decoded.contentType();
    }

    @Override
    public long contentLength() {
      return decoded.contentLength();
    }

    @Override
    public BufferedSource source() {
      throw new IllegalStateException("the body was decoded already: use Response.body()");
    }
  }
}
