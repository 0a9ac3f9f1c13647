package io.github.planesdk.bulk;

import io.github.planesdk.v2.model.BulkResult;
import io.github.planesdk.v2.model.BulkRowResult;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The answer of an API v2 bulk write ({@code bulk-create/}, {@code bulk-update/}, {@code
 * bulk-delete/}) read row by row; the generated {@link BulkResult} implements it. Without {@code
 * all_or_none} the server writes the rows it can and answers 200 even when some failed: read
 * {@link #failedRows()}, not the status. With {@code all_or_none: true} a failing row makes the
 * call throw {@code PlaneBulkConflictException} instead, and nothing is written.
 */
public interface BulkOutcome {
  /** One result per row, in request order; each names its row by {@code index}. */
  List<BulkRowResult> getResults();

  /**
   * The rows written: {@code created}, {@code updated} or {@code deleted}, with their {@code id}.
   * A row whose result this SDK does not know yet is in neither list.
   */
  default List<BulkRowResult> succeededRows() {
    return rows(
        BulkRowResult.ResultEnum.CREATED, BulkRowResult.ResultEnum.UPDATED,
        BulkRowResult.ResultEnum.DELETED);
  }

  /**
   * The rows not written, each with the problem its own request would have answered: {@code
   * code}, {@code detail} and the rejected fields ({@code errors}).
   */
  default List<BulkRowResult> failedRows() {
    return rows(BulkRowResult.ResultEnum.FAILED);
  }

  private List<BulkRowResult> rows(BulkRowResult.ResultEnum... wanted) {
    List<BulkRowResult> results = getResults();
    List<BulkRowResult.ResultEnum> kinds = List.of(wanted);
    return results == null
        ? List.of()
        : results.stream()
            .filter(row -> row.getResult() != null && kinds.contains(row.getResult()))
            .collect(Collectors.toUnmodifiableList());
  }
}
