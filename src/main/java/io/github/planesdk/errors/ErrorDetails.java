package io.github.planesdk.errors;

import com.squareup.moshi.JsonAdapter;
import io.github.planesdk.json.PlaneJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads whichever error shape Plane (or a proxy in front of it) sent: API v2's RFC 9457 problem
 * ({@code type}, {@code code}, {@code detail}, {@code errors}), {@code detail}, {@code error} as a
 * string or a list, field-error dicts, {@code error_message}, {@code {code, message}}, plain text
 * or an HTML page.
 */
final class ErrorDetails {
  private static final JsonAdapter<Object> JSON = PlaneJson.moshi().adapter(Object.class);
  /** Keys that carry the message, most specific first. */
  private static final List<String> MESSAGE_KEYS =
      List.of("detail", "error", "error_message", "message");
  private static final Set<String> NOT_FIELDS =
      Set.of("detail", "error", "error_message", "message", "code", "error_code", "status", "id");
  private static final Pattern TITLE =
      Pattern.compile("<(title|h1)[^>]*>(.*?)</\\1>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final int MAX_TEXT = 200;

  private final Object json;
  private final String text;
  /** The body is an RFC 9457 problem (API v2). */
  private final boolean problem;

  private ErrorDetails(Object json, String text) {
    this.json = json;
    this.text = text;
    this.problem = isProblem(json);
  }

  /**
   * API v2 sends {@code type}, {@code code} and {@code detail}, always; earlier previews sent
   * {@code title} and {@code status} too. v1 bodies never carry a {@code type}.
   */
  private static boolean isProblem(Object json) {
    if (!(json instanceof Map)) {
      return false;
    }
    Map<?, ?> map = (Map<?, ?>) json;
    return map.get("type") instanceof String
        && (map.get("detail") instanceof String || map.get("title") instanceof String);
  }

  static ErrorDetails parse(String body) {
    String text = body == null ? "" : body;
    String trimmed = text.trim();
    if (trimmed.startsWith("{") || trimmed.startsWith("[") || trimmed.startsWith("\"")) {
      try {
        return new ErrorDetails(JSON.fromJson(trimmed), text);
      } catch (IOException | RuntimeException notJson) {
        // fall through: a proxy's page or a truncated body is still worth showing as text
      }
    }
    return new ErrorDetails(null, text);
  }

  /** One readable line; never empty. */
  String message(int statusCode) {
    String message = problem ? fromProblem() : json != null ? fromJson(json) : fromText(text);
    return message.isEmpty() ? "HTTP " + statusCode + " without an error message" : message;
  }

  /**
   * A problem's {@code code}, else a v1 body's {@code error_code} or {@code code} (a problem
   * always has one; it equals {@code type} when not refined).
   */
  String code() {
    if (!(json instanceof Map)) {
      return null;
    }
    Map<?, ?> map = (Map<?, ?>) json;
    Object code = !problem && map.containsKey("error_code") ? map.get("error_code") : map.get("code");
    if (!(code instanceof String || code instanceof Number)) {
      return null; // e.g. a v1 field-error dict with a field named code: messages, not a code
    }
    String text = flatten(code);
    return text.isEmpty() ? null : text;
  }

  /** A problem's {@code type}, the closed set to fall back on for an unknown code. */
  String problemType() {
    return problem ? flatten(((Map<?, ?>) json).get("type")) : null;
  }

  /** A problem's {@code errors}, else a v1 field-error dict, one entry per message. */
  List<FieldError> errors() {
    if (!problem) {
      List<FieldError> errors = new ArrayList<>();
      fieldErrors().forEach((field, messages) -> messages.forEach(m -> errors.add(new FieldError(field, null, m))));
      return Collections.unmodifiableList(errors);
    }
    Object list = ((Map<?, ?>) json).get("errors");
    if (!(list instanceof List)) {
      return List.of();
    }
    List<FieldError> errors = new ArrayList<>();
    for (Object item : (List<?>) list) {
      if (item instanceof Map) {
        Map<?, ?> entry = (Map<?, ?>) item;
        String code = flatten(entry.get("code"));
        errors.add(
            new FieldError(
                flatten(entry.get("field")), code.isEmpty() ? null : code, flatten(entry.get("message"))));
      } else {
        errors.add(new FieldError("", null, flatten(item)));
      }
    }
    return Collections.unmodifiableList(errors);
  }

  /** Serializer errors by field name ({@code non_field_errors} included); empty if none. */
  Map<String, List<String>> fieldErrors() {
    if (problem) {
      Map<String, List<String>> fields = new LinkedHashMap<>();
      for (FieldError error : errors()) {
        fields.computeIfAbsent(error.field(), f -> new ArrayList<>()).add(error.message());
      }
      fields.replaceAll((field, messages) -> Collections.unmodifiableList(messages));
      return Collections.unmodifiableMap(fields);
    }
    if (!(json instanceof Map)) {
      return Map.of();
    }
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : ((Map<?, ?>) json).entrySet()) {
      String name = String.valueOf(entry.getKey());
      // `status` is a view error's boolean, or the field errors of a field named status
      boolean statusField = name.equals("status") && entry.getValue() instanceof List;
      if (NOT_FIELDS.contains(name) && !statusField) {
        continue;
      }
      List<String> messages = new ArrayList<>();
      if (entry.getValue() instanceof List) {
        for (Object item : (List<?>) entry.getValue()) {
          messages.add(flatten(item));
        }
      } else {
        messages.add(flatten(entry.getValue()));
      }
      fields.put(name, Collections.unmodifiableList(messages));
    }
    return Collections.unmodifiableMap(fields);
  }

  /** The {@code id} (or {@code asset_id}) a 409 names. */
  Optional<UUID> existingId() {
    if (json instanceof Map) {
      for (String key : List.of("id", "asset_id")) {
        Object value = ((Map<?, ?>) json).get(key);
        if (value instanceof String) {
          try {
            return Optional.of(UUID.fromString((String) value));
          } catch (IllegalArgumentException notUuid) {
            return Optional.empty();
          }
        }
      }
    }
    return Optional.empty();
  }

  /** {@code detail}, each field error, and the code: what a log reader needs in one line. */
  private String fromProblem() {
    Map<?, ?> map = (Map<?, ?>) json;
    String message = flatten(map.get("detail"));
    if (message.isEmpty()) {
      message = flatten(map.get("title"));
    }
    List<String> fields = new ArrayList<>();
    for (FieldError error : errors()) {
      fields.add(error.field().isEmpty() ? error.message() : error.field() + ": " + error.message());
    }
    if (!fields.isEmpty()) {
      message += " " + String.join("; ", fields);
    }
    String code = code();
    return code == null ? message : message + " (code " + code + ")";
  }

  private static String fromJson(Object value) {
    if (!(value instanceof Map)) {
      return flatten(value);
    }
    Map<?, ?> map = (Map<?, ?>) value;
    for (String key : MESSAGE_KEYS) {
      String message = flatten(map.get(key));
      if (!message.isEmpty()) {
        Object code = map.containsKey("error_code") ? map.get("error_code") : map.get("code");
        return code == null ? message : message + " (code " + flatten(code) + ")";
      }
    }
    return flatten(map);
  }

  /** Any JSON value as one line: lists joined, objects as {@code key: value} pairs. */
  private static String flatten(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double && ((Double) value) == Math.rint((Double) value)) {
      return Long.toString(((Double) value).longValue());
    }
    if (value instanceof List) {
      List<String> parts = new ArrayList<>();
      for (Object item : (List<?>) value) {
        String part = flatten(item);
        if (!part.isEmpty()) {
          parts.add(part);
        }
      }
      return String.join(" ", parts);
    }
    if (value instanceof Map) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        String part = flatten(entry.getValue());
        if (part.isEmpty()) {
          continue;
        }
        String key = String.valueOf(entry.getKey());
        parts.add(key.equals("non_field_errors") ? part : key + ": " + part);
      }
      return String.join("; ", parts);
    }
    return value.toString().trim();
  }

  private static String fromText(String text) {
    String result = text;
    if (text.trim().startsWith("<")) { // a proxy's error page
      Matcher title = TITLE.matcher(text);
      result = title.find() ? title.group(2) : text;
      result = TAG.matcher(result).replaceAll(" ");
      result =
          result
              .replace("&lt;", "<")
              .replace("&gt;", ">")
              .replace("&quot;", "\"")
              .replace("&#39;", "'")
              .replace("&nbsp;", " ")
              .replace("&amp;", "&");
    }
    result = result.replaceAll("\\s+", " ").trim();
    return result.length() <= MAX_TEXT ? result : result.substring(0, MAX_TEXT) + "…";
  }
}
