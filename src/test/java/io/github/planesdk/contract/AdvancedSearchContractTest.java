package io.github.planesdk.contract;

import static io.github.planesdk.contract.DocsExamples.DOC_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.planesdk.model.AdvancedSearchHit;
import io.github.planesdk.model.WorkItemAdvancedSearch;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdvancedSearchContractTest extends ContractTestBase {
  @Test
  @Covers("advancedSearchWorkItems")
  void advancedSearchWorkItems() {
    List<List<AdvancedSearchHit>> answer =
        plane
            .advancedSearch()
            .advancedSearchWorkItems(
                SLUG,
                new WorkItemAdvancedSearch()
                    .query("login")
                    .projectId(DOC_ID)
                    .limit(10)
                    .filters(Map.of("priority", List.of("high", "medium"))))
            .execute();

    assertEquals(1, answer.size());
    List<AdvancedSearchHit> hits = answer.get(0);
    assertEquals(2, hits.size());
    AdvancedSearchHit first = hits.get(0);
    assertEquals(DOC_ID, first.getId());
    assertEquals(102, first.getSequenceId());
    assertEquals("WEB", first.getProjectIdentifier());
    assertEquals(AdvancedSearchHit.PriorityEnum.HIGH, first.getPriority());
    assertEquals(LocalDate.of(2024, 1, 1), first.getTargetDate());
    AdvancedSearchHit second = hits.get(1);
    assertEquals("API", second.getProjectIdentifier());
    assertEquals(AdvancedSearchHit.PriorityEnum.MEDIUM, second.getPriority());
    assertNull(second.getTargetDate());
    assertEquals(LocalDate.of(2024, 1, 1), second.getStartDate());
  }
}
