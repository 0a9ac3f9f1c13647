package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.api.AssetsApi;
import io.github.planesdk.model.AssetUpload;
import io.github.planesdk.model.UserAssetCreate;
import io.github.planesdk.model.UserAssetUpdate;
import io.github.planesdk.model.WorkspaceAsset;
import io.github.planesdk.model.WorkspaceAssetCreate;
import io.github.planesdk.model.WorkspaceAssetUpdate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssetsContractTest extends ContractTestBase {
  private static final UUID USER_ASSET_ID = UUID.fromString("8957c4de-07a9-489a-ae5d-bcd36a2750af");
  private static final UUID WORKSPACE_ASSET_ID =
      UUID.fromString("e6f0c711-1499-4fad-85fd-82feb56ade7d");

  @Test
  @Covers("createUserAssetUpload")
  void createUserAssetUpload() {
    assertRecordedUserUpload(
        plane.assets().createUserAssetUpload(avatar()).execute());
  }

  @Test
  @Covers("createUserServerAssetUpload")
  void createUserServerAssetUpload() {
    assertRecordedUserUpload(
        plane.assets().createUserServerAssetUpload(avatar()).execute());
  }

  @Test
  @Covers({"updateUserAsset", "deleteUserAsset"})
  void confirmAndDeleteUserAsset() {
    AssetsApi assets = plane.assets();
    assertEquals(
        204,
        assets.updateUserAsset(USER_ASSET_ID, new UserAssetUpdate().attributes(avatarAttributes()))
            .executeForResponse().code());
    assertEquals(204, assets.deleteUserAsset(USER_ASSET_ID).executeForResponse().code());
  }

  @Test
  @Covers({"updateUserServerAsset", "deleteUserServerAsset"})
  void confirmAndDeleteUserServerAsset() {
    AssetsApi assets = plane.assets();
    assertEquals(
        204,
        assets
            .updateUserServerAsset(
                USER_ASSET_ID, new UserAssetUpdate().attributes(avatarAttributes()))
            .executeForResponse().code());
    assertEquals(204, assets.deleteUserServerAsset(USER_ASSET_ID).executeForResponse().code());
  }

  @Test
  @Covers("createWorkspaceAssetUpload")
  void createWorkspaceAssetUpload() {
    AssetUpload upload =
        plane
            .assets()
            .createWorkspaceAssetUpload(
                SLUG,
                new WorkspaceAssetCreate()
                    .name("recorder-doc.pdf")
                    .type("application/pdf")
                    .size(8192L)
                    .projectId(PROJECT_ID)
                    .externalId("REC-WA-RECTUF")
                    .externalSource("recorder"))
            .execute();

    assertEquals(WORKSPACE_ASSET_ID, upload.getAssetId());
    assertEquals("application/pdf", upload.getUploadData().getFields().get("Content-Type"));
    assertTrue(upload.getAssetUrl().contains(WORKSPACE_ASSET_ID.toString()));
  }

  @Test
  @Covers("getWorkspaceAsset")
  void getWorkspaceAsset() {
    WorkspaceAsset asset = plane.assets().getWorkspaceAsset(SLUG, WORKSPACE_ASSET_ID).execute();

    assertEquals(WORKSPACE_ASSET_ID, asset.getAssetId());
    assertEquals("recorder-doc.pdf", asset.getAssetName());
    assertEquals("application/pdf", asset.getAssetType());
    assertTrue(asset.getAssetUrl().startsWith("http://127.0.0.1:9000/uploads/"));
  }

  @Test
  @Covers("updateWorkspaceAsset")
  void updateWorkspaceAsset() {
    assertEquals(
        204,
        plane.assets()
            .updateWorkspaceAsset(SLUG, WORKSPACE_ASSET_ID, new WorkspaceAssetUpdate().isUploaded(true))
            .executeForResponse().code());
  }

  private static UserAssetCreate avatar() {
    return new UserAssetCreate()
        .name("recorder-avatar.png")
        .type(UserAssetCreate.TypeEnum.IMAGE_PNG)
        .size(4096L)
        .entityType(UserAssetCreate.EntityTypeEnum.USER_AVATAR);
  }

  private static Map<String, Object> avatarAttributes() {
    return Map.of("name", "recorder-avatar.png", "type", "image/png", "size", 4096);
  }

  private static void assertRecordedUserUpload(AssetUpload upload) {
    assertEquals(USER_ASSET_ID, upload.getAssetId());
    assertEquals("/api/assets/v2/static/" + USER_ASSET_ID + "/", upload.getAssetUrl());
    assertEquals("http://127.0.0.1:9000/uploads", upload.getUploadData().getUrl());
    assertEquals(
        "ffa297e533d04608a42d7ff2955b4a3b-recorder-avatar.png",
        upload.getUploadData().getFields().get("key"));
  }
}
