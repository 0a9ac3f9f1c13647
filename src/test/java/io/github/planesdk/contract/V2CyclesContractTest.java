package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.planesdk.v2.api.CyclesApi;
import io.github.planesdk.v2.model.Cycle;
import io.github.planesdk.v2.model.CyclePage;
import io.github.planesdk.v2.model.CycleTransfer;
import io.github.planesdk.v2.model.CycleUpdate;
import io.github.planesdk.v2.model.Pagination;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** v2 cycles, with the values of the spec's examples. */
class V2CyclesContractTest extends V2ContractTestBase {
  static final UUID SPRINT = UUID.fromString("b7e42a19-3c5d-4f80-9a26-8d1c0f4e7b53");
  static final UUID OTHER = UUID.fromString("f960d3c2-8524-4a41-b8eb-055ce4be2a7f");

  @Test
  @Covers("listCycles")
  void listCycles() {
    CyclePage page =
        v2(CyclesApi.class).listCycles(V2_SLUG, "ENG").paginate(CyclesApi.ListCyclesRequest.Paginate.CURSOR).perPage(200).execute();

    // Prism answers the documented example whatever the style asked for
    assertEquals(Pagination.StyleEnum.OFFSET, page.getPagination().getStyle());
    assertEquals(1, page.getData().size());
    assertExampleCycle(page.getData().get(0));
    assertEquals("per_page=200&paginate=cursor", lastRequest.url().query());
  }

  @Test
  @Covers("updateCycle")
  void updateCycleSendsOnlyWhatWasSet() {
    Cycle cycle =
        v2(CyclesApi.class)
            .updateCycle(V2_SLUG, "ENG", SPRINT, new CycleUpdate().sortOrder(65535.0))
            .execute();

    assertEquals("PATCH", lastRequest.method());
    assertEquals("{\"sort_order\":65535.0}", lastRequestBody);
    assertExampleCycle(cycle);
  }

  @Test
  @Covers("transferCycleWorkItems")
  void transferCycleWorkItems() {
    CycleTransfer transfer =
        v2(CyclesApi.class)
            .transferCycleWorkItems(V2_SLUG, "ENG", SPRINT, new CycleTransfer().newCycleId(OTHER))
            .execute();

    assertEquals(OTHER, transfer.getNewCycleId());
    assertEquals("{\"new_cycle_id\":\"" + OTHER + "\"}", lastRequestBody);
  }

  private static void assertExampleCycle(Cycle c) {
    assertEquals(SPRINT, c.getId());
    assertEquals("Sprint 3", c.getName());
    assertEquals("2026-01-12", c.getStartDate());
    assertEquals("2026-01-31", c.getEndDate());
    assertEquals("Europe/Berlin", c.getTimezone());
    assertEquals(OTHER, c.getOwnedById());
    assertEquals(65535.0, c.getSortOrder());
    assertEquals(OffsetDateTime.parse("2026-01-14T09:22:41.478363Z"), c.getCreatedAt());
  }
}
