package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.api.CollectionsApi;
import io.github.planesdk.model.Collection;
import io.github.planesdk.model.CollectionAccess;
import io.github.planesdk.model.CollectionCreate;
import io.github.planesdk.model.CollectionMember;
import io.github.planesdk.model.CollectionMemberAccess;
import io.github.planesdk.model.CollectionMemberCreate;
import io.github.planesdk.model.CollectionMemberUpdate;
import io.github.planesdk.model.CollectionPageCandidate;
import io.github.planesdk.model.CollectionPageEntry;
import io.github.planesdk.model.CollectionPageEntryPage;
import io.github.planesdk.model.CollectionPageMove;
import io.github.planesdk.model.CollectionPagePlacement;
import io.github.planesdk.model.CollectionPagePosition;
import io.github.planesdk.model.CollectionPagesAdd;
import io.github.planesdk.model.CollectionUpdate;
import io.github.planesdk.model.PageAccess;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Collections of wiki pages (Plane Cloud), with the docs' examples. */
class CollectionsContractTest extends ContractTestBase {
  private static final UUID COLLECTION_ID = UUID.fromString("0a8a3e6a-3c32-49c7-bbb5-b7a8e32c2f10");
  private static final UUID OWNER_ID = UUID.fromString("d2f1b470-55e8-4e7a-8a61-7fc695bc1a4f");
  private static final UUID MEMBERSHIP_ID = UUID.fromString("4edec253-26f4-4667-8f52-9488dca1c620");
  private static final UUID MEMBER_USER_ID = UUID.fromString("6f356c85-bb22-47e0-b8b1-cf18aa6adad3");
  private static final UUID PAGE_ID = UUID.fromString("ea8ccdab-1cf4-448b-8205-51e4b98d82b8");
  private static final UUID PLACEMENT_ID = UUID.fromString("55ebf2cc-61ba-478a-b88c-88db969e29dc");
  private static final UUID OTHER_COLLECTION_ID =
      UUID.fromString("82c72604-2019-43b7-930f-692af61f3ea7");

  private CollectionsApi collections;

  @BeforeEach
  void api() {
    collections = plane.api(CollectionsApi.class);
  }

  @Test
  @Covers("listCollections")
  void listCollections() {
    List<Collection> list = collections.listCollections(SLUG).execute();

    assertEquals(1, list.size());
    assertDocumentedCollection(list.get(0));
    assertTrue(list.get(0).getHasPages());
  }

  @Test
  @Covers("createCollection")
  void createCollection() {
    Collection created =
        collections
            .createCollection(
                SLUG,
                new CollectionCreate()
                    .name("Product docs")
                    .access(CollectionAccess.PUBLIC)
                    .logoProps(Map.of("emoji", "\uD83D\uDCDA")))
            .execute();

    assertDocumentedCollection(created);
    assertFalse(created.getHasPages());
    assertEquals(Map.of("emoji", "\uD83D\uDCDA"), created.getLogoProps());
  }

  @Test
  @Covers("getCollection")
  void getCollection() {
    assertDocumentedCollection(collections.getCollection(SLUG, COLLECTION_ID).execute());
  }

  @Test
  @Covers("updateCollection")
  void updateCollection() {
    Collection updated =
        collections
            .updateCollection(
                SLUG, COLLECTION_ID, new CollectionUpdate().name("API docs").sortOrder(25000.0))
            .execute();

    assertEquals("API docs", updated.getName());
    assertEquals(25000.0, updated.getSortOrder());
    assertEquals(OffsetDateTime.parse("2026-08-18T10:05:00Z"), updated.getUpdatedAt());
  }

  @Test
  @Covers("deleteCollection")
  void deleteCollectionKeepingItsPages() {
    assertEquals(
        204, collections.deleteCollection(SLUG, COLLECTION_ID).archivePages(false).executeForResponse().code());
    assertEquals("archive_pages=false", lastRequest.url().query());
  }

  @Test
  @Covers("listCollectionMembers")
  void listCollectionMembers() {
    List<CollectionMember> members =
        collections.listCollectionMembers(SLUG, COLLECTION_ID).execute();

    assertDocumentedMember(members.get(0));
    assertEquals(CollectionMemberAccess.VIEW, members.get(0).getAccess());
  }

  @Test
  @Covers("addCollectionMember")
  void addCollectionMember() {
    CollectionMember added =
        collections
            .addCollectionMember(
                SLUG,
                COLLECTION_ID,
                new CollectionMemberCreate()
                    .member(MEMBER_USER_ID)
                    .access(CollectionMemberAccess.VIEW))
            .execute();

    assertDocumentedMember(added);
  }

  @Test
  @Covers("updateCollectionMember")
  void updateCollectionMemberByMembershipId() {
    CollectionMember updated =
        collections
            .updateCollectionMember(
                SLUG,
                COLLECTION_ID,
                MEMBERSHIP_ID,
                new CollectionMemberUpdate().access(CollectionMemberAccess.EDIT))
            .execute();

    assertDocumentedMember(updated);
    assertEquals(CollectionMemberAccess.EDIT, updated.getAccess());
    assertTrue(lastRequest.url().encodedPath().endsWith("/members/" + MEMBERSHIP_ID + "/"));
  }

  @Test
  @Covers("removeCollectionMember")
  void removeCollectionMember() {
    assertEquals(
        204,
        collections
            .removeCollectionMember(SLUG, COLLECTION_ID, MEMBERSHIP_ID)
            .executeForResponse()
            .code());
  }

  @Test
  @Covers("searchCollectionPageCandidates")
  void searchCollectionPageCandidates() {
    List<CollectionPageCandidate> found =
        collections.searchCollectionPageCandidates(SLUG, COLLECTION_ID).search("guide").execute();

    assertEquals(PAGE_ID, found.get(0).getId());
    assertEquals("API guide", found.get(0).getName());
    assertEquals("search=guide", lastRequest.url().query());
  }

  @Test
  @Covers("listCollectionPages")
  void listCollectionPages() {
    CollectionPageEntryPage page =
        collections
            .listCollectionPages(SLUG, COLLECTION_ID)
            .search("api")
            .favorites(false)
            .createdAtGte(LocalDate.of(2026, 8, 1))
            .ownedById(OWNER_ID)
            .perPage(50)
            .execute();

    assertFalse(page.getNextPageResults());
    CollectionPageEntry entry = page.getResults().get(0);
    assertEquals(PLACEMENT_ID, entry.getPageCollectionId());
    assertEquals(COLLECTION_ID, entry.getCollectionId());
    assertNull(entry.getParentId());
    assertEquals(PAGE_ID, entry.getPage().getId());
    assertEquals(PageAccess.PUBLIC, entry.getPage().getAccess());
    assertEquals(2, entry.getPage().getSubPagesCount());
    assertEquals(List.of(), entry.getPage().getLabelIds());
  }

  @Test
  @Covers("addCollectionPages")
  void addCollectionPages() {
    List<CollectionPagePlacement> added =
        collections
            .addCollectionPages(
                SLUG,
                COLLECTION_ID,
                new CollectionPagesAdd()
                    .pageIds(List.of(PAGE_ID))
                    .placement(
                        new CollectionPagePosition().type(CollectionPagePosition.TypeEnum.APPEND)))
            .execute();

    assertDocumentedPlacement(added.get(0));
    assertEquals(COLLECTION_ID, added.get(0).getCollection());
  }

  @Test
  @Covers("moveCollectionPage")
  void moveCollectionPageToAnotherCollection() {
    CollectionPagePlacement moved =
        collections
            .moveCollectionPage(
                SLUG,
                COLLECTION_ID,
                PLACEMENT_ID,
                new CollectionPageMove()
                    .collection(OTHER_COLLECTION_ID)
                    .placement(
                        new CollectionPagePosition().type(CollectionPagePosition.TypeEnum.APPEND)))
            .execute();

    assertDocumentedPlacement(moved);
    assertEquals(OTHER_COLLECTION_ID, moved.getCollection());
  }

  @Test
  @Covers("removeCollectionPage")
  void removeCollectionPage() {
    assertEquals(
        204,
        collections
            .removeCollectionPage(SLUG, COLLECTION_ID, PLACEMENT_ID)
            .executeForResponse()
            .code());
  }

  private static void assertDocumentedCollection(Collection c) {
    assertEquals(COLLECTION_ID, c.getId());
    assertEquals("Product docs", c.getName());
    assertEquals(OWNER_ID, c.getOwnedById());
    assertEquals(CollectionAccess.PUBLIC, c.getAccess());
    assertNull(c.getCurrentUserAccess());
    assertFalse(c.getIsDefault());
    assertEquals(65535.0, c.getSortOrder());
    assertEquals(OffsetDateTime.parse("2026-08-18T10:00:00Z"), c.getCreatedAt());
  }

  private static void assertDocumentedMember(CollectionMember m) {
    assertEquals(MEMBERSHIP_ID, m.getId());
    assertEquals(COLLECTION_ID, m.getCollection());
    assertEquals(MEMBER_USER_ID, m.getMember());
    assertEquals(OWNER_ID, m.getCreatedBy());
  }

  private static void assertDocumentedPlacement(CollectionPagePlacement p) {
    assertEquals(PLACEMENT_ID, p.getId());
    assertEquals(PAGE_ID, p.getPage());
    assertEquals(65535.0, p.getSortOrder());
  }
}
