package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.planesdk.model.Sticky;
import io.github.planesdk.model.StickyCreate;
import io.github.planesdk.model.StickyPage;
import io.github.planesdk.model.StickyUpdate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class StickiesContractTest extends ContractTestBase {
  private static final UUID STICKY_ID = UUID.fromString("72e1e93f-0408-4abd-8435-0b1545fd8ac1");

  @Test
  @Covers("listStickies")
  void listStickiesIsPaginatedWithoutRateHeaders() {
    Response<StickyPage> response =
        plane.stickies().listStickies(SLUG).perPage(20).query("remember").executeForResponse();

    assertEquals(200, response.code());
    assertNull(response.headers().get("X-RateLimit-Remaining"));
    StickyPage page = response.body();
    assertEquals("20:1:0", page.getNextCursor());
    assertEquals(1, page.getTotalResults());
    assertRecordedSticky(page.getResults().get(0));
  }

  @Test
  @Covers("createSticky")
  void createSticky() {
    Sticky created =
        plane
            .stickies()
            .createSticky(
                SLUG,
                new StickyCreate()
                    .name("Recorder sticky")
                    .descriptionHtml("<p>remember the spec</p>")
                    .color("#FFD966")
                    .backgroundColor("#FFF2CC"))
            .execute();

    assertRecordedSticky(created);
    assertEquals("#FFD966", created.getColor());
  }

  @Test
  @Covers("getSticky")
  void getSticky() {
    assertRecordedSticky(plane.stickies().getSticky(SLUG, STICKY_ID).execute());
  }

  @Test
  @Covers("replaceSticky")
  void replaceSticky() {
    Sticky replaced =
        plane
            .stickies()
            .replaceSticky(
                SLUG,
                STICKY_ID,
                new StickyCreate().name("Recorder sticky (put)").descriptionHtml("<p>replaced</p>"))
            .execute();

    assertEquals(STICKY_ID, replaced.getId());
    assertEquals("Recorder sticky (put)", replaced.getName());
    assertEquals("replaced", replaced.getDescriptionStripped());
    assertEquals(USER_ID, replaced.getUpdatedBy());
  }

  @Test
  @Covers("updateSticky")
  void updateSticky() {
    Sticky updated =
        plane.stickies().updateSticky(SLUG, STICKY_ID, new StickyUpdate().color("#B4E4FF"))
            .execute();

    assertEquals(STICKY_ID, updated.getId());
    assertEquals("#B4E4FF", updated.getColor());
    assertEquals("#FFF2CC", updated.getBackgroundColor());
    assertEquals(OffsetDateTime.parse("2026-11-27T22:56:52.965094Z"), updated.getUpdatedAt());
  }

  @Test
  @Covers("deleteSticky")
  void deleteSticky() {
    Response<Void> response = plane.stickies().deleteSticky(SLUG, STICKY_ID).executeForResponse();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  private static void assertRecordedSticky(Sticky s) {
    assertEquals(STICKY_ID, s.getId());
    assertEquals("Recorder sticky", s.getName());
    assertEquals("<p>remember the spec</p>", s.getDescriptionHtml());
    assertEquals("remember the spec", s.getDescriptionStripped());
    assertEquals(Map.of(), s.getDescription());
    assertNull(s.getDescriptionBinary());
    assertEquals(65535.0, s.getSortOrder());
    assertEquals(USER_ID, s.getOwner());
    assertEquals(WORKSPACE_ID, s.getWorkspace());
  }
}
