package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.planesdk.PlaneCall;
import io.github.planesdk.json.PlaneJson;
import io.github.planesdk.request.OperationRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Response;

/**
 * Every operation of the v2 spec, through the generated SDK, on the Prism mock: the API method
 * is called with its required arguments (path values and a request body built from the spec),
 * Prism validates the request, and the answer's model is checked against the JSON Prism sent
 * (every field kept with its value, none invented, every required field there).
 */
class V2OperationsContractTest extends V2ContractTestBase {
  private static final V2Spec SPEC = V2Spec.load();
  private static final Moshi MOSHI = PlaneJson.moshi();
  private static final JsonAdapter<Object> JSON = MOSHI.adapter(Object.class);

  static Stream<V2Spec.Operation> operations() {
    return SPEC.operations().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void operation(V2Spec.Operation op) throws Throwable {
    Class<?> apiType = Class.forName("io.github.planesdk.v2.api." + apiName(op.tag));
    Method method = requiredArgumentsMethod(apiType, op);
    List<Object> args = new ArrayList<>();
    String expectedPath = op.path;
    Type[] types = method.getGenericParameterTypes();
    for (Map.Entry<String, Map<String, Object>> param : op.pathParams.entrySet()) {
      String value = pathValue(param.getKey(), param.getValue());
      expectedPath = expectedPath.replace("{" + param.getKey() + "}", value);
      args.add(types[args.size()] == UUID.class ? UUID.fromString(value) : value);
    }
    Object sample = null;
    if (op.requestSchema != null) {
      sample = new SampleJson(SPEC).of(op.requestSchema);
      args.add(MOSHI.adapter(types[args.size()]).fromJsonValue(sample));
    }

    Object call = invoke(method, v2(apiType), args.toArray());
    Response<?> response =
        call instanceof PlaneCall
            ? ((PlaneCall<?>) call).executeForResponse()
            : ((OperationRequest<?>) call).executeForResponse();

    assertEquals(op.successStatus, response.code(), op + ": status");
    assertEquals(expectedPath, lastRequest.url().encodedPath(), op + ": path");
    if (sample != null) {
      List<String> lost = ModelContent.differences(sample, JSON.fromJson(lastRequestBody));
      assertEquals(List.of(), lost, op + ": the request model changed the body built from the spec");
    }
    if (op.responseSchema == null) {
      assertNull(response.body(), op + ": body");
      return;
    }
    Object read = JSON.fromJson(lastResponseBody);
    Object written =
        JSON.fromJson(MOSHI.<Object>adapter(resultType(method, call)).toJson(response.body()));
    assertEquals(List.of(), ModelContent.differences(read, written), op + ": the answer's model");
    assertEquals(
        List.of(),
        new ModelContent(SPEC).missingRequired(op.responseSchema, written),
        op + ": required fields of the answer's model");
  }

  /** The class the generator names after an operation's first tag. */
  private static String apiName(String tag) {
    StringBuilder name = new StringBuilder();
    for (String word : tag.split("[ -]+")) {
      name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return name.append("Api").toString();
  }

  /** {@code api.opId(path values..., body)}: the method taking only the required arguments. */
  private static Method requiredArgumentsMethod(Class<?> api, V2Spec.Operation op) {
    int required = op.pathParams.size() + (op.requestSchema == null ? 0 : 1);
    Method method =
        Arrays.stream(api.getMethods())
            .filter(m -> m.getName().equals(op.id))
            .min(Comparator.comparingInt(Method::getParameterCount))
            .orElseThrow(() -> new AssertionError(op + ": no method " + op.id + " on " + api));
    assertEquals(required, method.getParameterCount(), op + ": required arguments of " + method);
    return method;
  }

  /** The spec's example, or a UUID of the parameter's own for a UUID parameter. */
  private static String pathValue(String name, Map<String, Object> schema) {
    if ("uuid".equals(schema.get("format"))) {
      return SampleJson.uuid(name).toString();
    }
    return String.valueOf(schema.get("example"));
  }

  private static Object invoke(Method method, Object api, Object[] args) throws Throwable {
    try {
      return method.invoke(api, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The {@code T} of the {@code PlaneCall<T>} the method answers, directly or from its request. */
  private static Type resultType(Method method, Object call) throws NoSuchMethodException {
    Type planeCall =
        call instanceof PlaneCall
            ? method.getGenericReturnType()
            : call.getClass().getMethod("call").getGenericReturnType();
    return ((ParameterizedType) planeCall).getActualTypeArguments()[0];
  }
}
