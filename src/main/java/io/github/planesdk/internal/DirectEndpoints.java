package io.github.planesdk.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;
import retrofit2.CallAdapter;
import retrofit2.Converter;
import retrofit2.Invocation;
import retrofit2.Retrofit;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HEAD;
import retrofit2.http.OPTIONS;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * A generated {@code Endpoints} interface whose simple operations (GET, DELETE, HEAD, OPTIONS with
 * only {@code @Path} and {@code @Query} parameters) build their request without Retrofit's
 * request factory, which costs a regular expression per path parameter and a second parse of the
 * URL: a path template per method, read once from its annotations, filled in with {@link
 * HttpUrl.Builder}. Every other operation goes through Retrofit as before.
 *
 * <p>The requests are Retrofit's: the same URL (path values encoded as Retrofit encodes them, a
 * {@code /} as {@code %2F}; {@code .} and {@code ..} refused), query parameters in the same order
 * through Retrofit's string converters, an {@link Invocation} tag; {@code DirectEndpointsTest}
 * compares them for every such operation of v1 and v2.
 */
public final class DirectEndpoints implements InvocationHandler {
  private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_-]*)\\}");
  /** Literal path text sent as it is: nothing in it that either encoding would change. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._~-]*");

  private final Retrofit retrofit;
  private final Class<?> service;
  private final Object viaRetrofit;
  /** Retrofit's own handler: {@code Endpoints} is not public, so not called through reflection. */
  private final InvocationHandler retrofitHandler;
  private final HttpUrl base;
  private final Map<Method, Route> routes = new ConcurrentHashMap<>();
  /** The route of the methods Retrofit builds. */
  private final Route viaRetrofitRoute = new Route(null, null, null, null, null);

  private DirectEndpoints(Retrofit retrofit, Class<?> service, Object viaRetrofit) {
    this.retrofit = retrofit;
    this.service = service;
    this.viaRetrofit = viaRetrofit;
    this.retrofitHandler = Proxy.getInvocationHandler(viaRetrofit);
    this.base = retrofit.baseUrl().newBuilder().query(null).fragment(null).build();
  }

  /** {@code service}'s operations, the simple ones sent directly, the rest through Retrofit. */
  public static <S> S create(Retrofit retrofit, Class<S> service) {
    DirectEndpoints handler = new DirectEndpoints(retrofit, service, retrofit.create(service));
    return service.cast(
        Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service}, handler));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return method.invoke(this, args);
    }
    Route route = route(method);
    Object[] arguments = args == null ? new Object[0] : args;
    if (route == viaRetrofitRoute) {
      return retrofitHandler.invoke(viaRetrofit, method, args);
    }
    List<Object> argumentList = Arrays.asList(arguments);
    return route.adapter.adapt(method, argumentList, () -> route.request(proxy, argumentList));
  }

  /** The request a direct operation sends; Retrofit's own for any other (for tests). */
  static Request request(Object endpoints, Method method, Object... args) throws Exception {
    DirectEndpoints handler = (DirectEndpoints) Proxy.getInvocationHandler(endpoints);
    Route route = handler.route(method);
    return route == handler.viaRetrofitRoute ? null : route.request(endpoints, Arrays.asList(args));
  }

  /** Whether {@code method} is built here rather than by Retrofit (for tests). */
  static boolean isDirect(Object endpoints, Method method) {
    DirectEndpoints handler = (DirectEndpoints) Proxy.getInvocationHandler(endpoints);
    return handler.route(method) != handler.viaRetrofitRoute;
  }

  private Route route(Method method) {
    Route route = routes.get(method);
    return route != null ? route : routes.computeIfAbsent(method, this::routeOf);
  }

  private Route routeOf(Method method) {
    String httpMethod = null;
    String path = null;
    for (Annotation annotation : method.getAnnotations()) {
      if (annotation instanceof GET) {
        httpMethod = "GET";
        path = ((GET) annotation).value();
      } else if (annotation instanceof DELETE) {
        httpMethod = "DELETE";
        path = ((DELETE) annotation).value();
      } else if (annotation instanceof HEAD) {
        httpMethod = "HEAD";
        path = ((HEAD) annotation).value();
      } else if (annotation instanceof OPTIONS) {
        httpMethod = "OPTIONS";
        path = ((OPTIONS) annotation).value();
      } else if (isRetrofits(annotation)) {
        return viaRetrofitRoute; // @Headers, @HTTP, @POST, a form, ...
      }
    }
    CallAdapter<?, ?> adapter = retrofit.callAdapter(method.getGenericReturnType(), method.getAnnotations());
    if (path == null
        || path.isEmpty()
        || path.startsWith("/")
        || path.contains("?")
        || path.contains(":")
        || !(adapter instanceof PlaneCallAdapterFactory.Adapter)) {
      return viaRetrofitRoute;
    }
    Map<String, Integer> pathParameters = new HashMap<>();
    List<QueryParameter> queries = new ArrayList<>();
    Type[] types = method.getGenericParameterTypes();
    Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < types.length; i++) {
      int found = 0;
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof Path && !((Path) annotation).encoded()) {
          pathParameters.put(((Path) annotation).value(), i);
          found++;
        } else if (annotation instanceof Query && !((Query) annotation).encoded()) {
          QueryParameter query = queryParameter(((Query) annotation).value(), i, types[i], annotations[i]);
          if (query == null) {
            return viaRetrofitRoute;
          }
          queries.add(query);
          found++;
        } else if (isRetrofits(annotation)) {
          return viaRetrofitRoute;
        }
      }
      if (found != 1) {
        return viaRetrofitRoute;
      }
    }
    List<Object[]> segments = new ArrayList<>();
    int usedPathParameters = 0;
    for (String segment : path.split("/", -1)) {
      List<Object> parts = new ArrayList<>();
      Matcher matcher = PARAMETER.matcher(segment);
      int at = 0;
      while (matcher.find()) {
        parts.add(segment.substring(at, matcher.start()));
        Integer index = pathParameters.get(matcher.group(1));
        if (index == null) {
          return viaRetrofitRoute;
        }
        parts.add(new PathValue(matcher.group(1), index, retrofit.stringConverter(types[index], annotations[index])));
        usedPathParameters++;
        at = matcher.end();
      }
      parts.add(segment.substring(at));
      for (Object part : parts) {
        if (part instanceof String && !PLAIN.matcher((String) part).matches()) {
          return viaRetrofitRoute; // braces left over, or text that needs encoding
        }
      }
      parts.removeIf(""::equals);
      if (parts.isEmpty()) {
        parts.add(""); // a trailing slash
      }
      segments.add(parts.toArray());
    }
    if (usedPathParameters != pathParameters.size()) {
      return viaRetrofitRoute;
    }
    return new Route(
        (PlaneCallAdapterFactory.Adapter) adapter, method, httpMethod, segments, queries);
  }

  private QueryParameter queryParameter(String name, int index, Type type, Annotation[] annotations) {
    Class<?> raw = type instanceof Class ? (Class<?>) type
        : type instanceof ParameterizedType ? (Class<?>) ((ParameterizedType) type).getRawType() : null;
    if (raw == null || raw.isArray()) {
      return null;
    }
    if (Iterable.class.isAssignableFrom(raw)) {
      if (!(type instanceof ParameterizedType)) {
        return null;
      }
      Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
      return new QueryParameter(name, index, true, retrofit.stringConverter(item, annotations));
    }
    return new QueryParameter(name, index, false, retrofit.stringConverter(type, annotations));
  }

  private static boolean isRetrofits(Annotation annotation) {
    return annotation.annotationType().getPackageName().equals("retrofit2.http");
  }

  /** How one method's requests are built. */
  private final class Route {
    final PlaneCallAdapterFactory.Adapter adapter;
    final Method method;
    final String httpMethod;
    /** Per path segment: literal text and {@link PathValue}s, in order. */
    final List<Object[]> segments;
    final List<QueryParameter> queries;

    Route(
        PlaneCallAdapterFactory.Adapter adapter,
        Method method,
        String httpMethod,
        List<Object[]> segments,
        List<QueryParameter> queries) {
      this.adapter = adapter;
      this.method = method;
      this.httpMethod = httpMethod;
      this.segments = segments;
      this.queries = queries;
    }

    Request request(Object endpoints, List<Object> arguments) {
      HttpUrl.Builder url = base.newBuilder();
      for (Object[] parts : segments) {
        url.addPathSegment(segment(parts, arguments));
      }
      for (QueryParameter query : queries) {
        query.addTo(url, arguments.get(query.index));
      }
      return new Request.Builder()
          .url(url.build())
          .method(httpMethod, null)
          .tag(Invocation.class, invocation(endpoints, arguments))
          .tag(CallControl.class, new CallControl())
          .build();
    }

    @SuppressWarnings("unchecked")
    private Invocation invocation(Object endpoints, List<Object> arguments) {
      return Invocation.of((Class<Object>) service, endpoints, method, arguments);
    }

    private String segment(Object[] parts, List<Object> arguments) {
      String value;
      if (parts.length == 1) {
        if (parts[0] instanceof String) {
          return (String) parts[0]; // literal
        }
        value = ((PathValue) parts[0]).of(arguments);
      } else {
        StringBuilder segment = new StringBuilder();
        for (Object part : parts) {
          segment.append(part instanceof PathValue ? ((PathValue) part).of(arguments) : part);
        }
        value = segment.toString();
      }
      if (value.equals(".") || value.equals("..")) {
        throw new IllegalArgumentException(
            "@Path parameters shouldn't perform path traversal ('.' or '..'): " + value);
      }
      return value;
    }
  }

  /** A {@code @Path} parameter's place in a segment. */
  private static final class PathValue {
    final String name;
    final int index;
    final Converter<?, String> converter;

    PathValue(String name, int index, Converter<?, String> converter) {
      this.name = name;
      this.index = index;
      this.converter = converter;
    }

    String of(List<Object> arguments) {
      Object value = arguments.get(index);
      String text = value == null ? null : convert(converter, value);
      if (text == null) {
        throw new IllegalArgumentException("Path parameter \"" + name + "\" value must not be null.");
      }
      return text;
    }
  }

  /** A {@code @Query} parameter: each value added in turn, a null left out, as Retrofit does. */
  private static final class QueryParameter {
    final String name;
    final int index;
    final boolean iterable;
    final Converter<?, String> converter;

    QueryParameter(String name, int index, boolean iterable, Converter<?, String> converter) {
      this.name = name;
      this.index = index;
      this.iterable = iterable;
      this.converter = converter;
    }

    void addTo(HttpUrl.Builder url, Object value) {
      if (value == null) {
        return;
      }
      for (Object item : iterable ? (Iterable<?>) value : Collections.singletonList(value)) {
        String text = item == null ? null : convert(converter, item);
        if (text != null) {
          url.addQueryParameter(name, text);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static String convert(Converter<?, String> converter, Object value) {
    try {
      return ((Converter<Object, String>) converter).convert(value);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot convert " + value, e);
    }
  }
}
