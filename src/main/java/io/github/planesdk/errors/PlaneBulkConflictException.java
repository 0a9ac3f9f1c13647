package io.github.planesdk.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;

/**
 * 409 to an API v2 bulk write sent with {@code all_or_none: true}: at least one row failed, so no
 * row was written. {@link #rowErrors()} says which rows failed and why.
 */
public class PlaneBulkConflictException extends PlaneConflictException {
  private static final long serialVersionUID = 1L;
  /** {@code items.<index>.<field>} (bulk create and update) or {@code ids.<index>} (bulk delete). */
  private static final Pattern ROW_FIELD = Pattern.compile("(?:items|ids)\\.(\\d+)(?:\\.(.*))?");

  public PlaneBulkConflictException(Headers headers, String body, String message) {
    super(headers, body, message, null);
  }

  /** Whether a problem's field errors name the rows of a batch. */
  static boolean namesRows(List<FieldError> errors) {
    return errors.stream().anyMatch(e -> ROW_FIELD.matcher(e.field()).matches());
  }

  /**
   * The failing rows by their index in the request's {@code items} (or {@code ids}), each with
   * its errors, whose {@code field()} is the row's own field ({@code name}; empty for a whole
   * row). Errors that name no row are left out; they stay in {@link #errors()}.
   */
  public Map<Integer, List<FieldError>> rowErrors() {
    Map<Integer, List<FieldError>> rows = new TreeMap<>();
    for (FieldError error : errors()) {
      Matcher m = ROW_FIELD.matcher(error.field());
      if (m.matches()) {
        FieldError own = new FieldError(m.group(2), error.code().orElse(null), error.message());
        rows.computeIfAbsent(Integer.valueOf(m.group(1)), row -> new ArrayList<>()).add(own);
      }
    }
    rows.replaceAll((row, list) -> Collections.unmodifiableList(list));
    return Collections.unmodifiableMap(rows);
  }
}
