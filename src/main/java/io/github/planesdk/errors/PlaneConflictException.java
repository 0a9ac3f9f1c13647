package io.github.planesdk.errors;

import java.util.Optional;
import java.util.UUID;
import okhttp3.Headers;

/**
 * 409: an object with the same name, or the same {@code external_id} and {@code
 * external_source}, exists. Never retried: it is an answer, not a transient state.
 */
public class PlaneConflictException extends PlaneApiException {
  private static final long serialVersionUID = 1L;

  private final UUID existingId;

  public PlaneConflictException(Headers headers, String body, String message, UUID existingId) {
    super(409, headers, body, message);
    this.existingId = existingId;
  }

  /**
   * The id the server named: on create, the existing object's, which makes create-or-get
   * possible; on PATCH, Plane sends the patched object's own id. Empty for project name clashes.
   */
  public Optional<UUID> existingId() {
    return Optional.ofNullable(existingId);
  }
}
