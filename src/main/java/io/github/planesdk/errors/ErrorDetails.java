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
 * Reads whichever error shape Plane (or a proxy in front of it) sent: {@code detail}, {@code
 * error} as a string or a list, field-error dicts, {@code error_message}, {@code {code,
 * message}}, plain text or an HTML page.
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

  private ErrorDetails(Object json, String text) {
    this.json = json;
    this.text = text;
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
    String message = json != null ? fromJson(json) : fromText(text);
    return message.isEmpty() ? "HTTP " + statusCode + " without an error message" : message;
  }

  /** Serializer errors by field name ({@code non_field_errors} included); empty if none. */
  Map<String, List<String>> fieldErrors() {
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
