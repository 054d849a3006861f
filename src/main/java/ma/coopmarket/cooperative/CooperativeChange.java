package ma.coopmarket.cooperative;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.feed.RemovalReason;

/** One entry of the cooperative delta feed: the cooperative as it is now, or its tombstone. */
@Schema(name = "CooperativeChange", description = "A cooperative changed since the cursor: `cooperative` holds it, "
        + "or, when `deleted` is true, it was archived and should be removed (with its products).")
public record CooperativeChange(
        @Schema(example = "0192f3a4-7c1e-7d2a-9b3c-4d5e6f708192") String id,
        @Schema(description = "The cooperative's version; it grows with every change.", example = "2") long version,
        Instant updatedAt,
        @Schema(description = "True for a tombstone.", example = "false") boolean deleted,
        @Schema(description = "When it was archived; absent except in tombstones.") Instant deletedAt,
        @Schema(description = "Why it was removed; absent except in tombstones.") RemovalReason reason,
        @Schema(description = "The cooperative (absent in tombstones).") CooperativeView cooperative) {

    static CooperativeChange of(Cooperative c) {
        return c.isArchived()
                ? new CooperativeChange(c.id, c.version, c.updatedAt, true, c.archivedAt, RemovalReason.ARCHIVED, null)
                : new CooperativeChange(c.id, c.version, c.updatedAt, false, null, null, CooperativeView.of(c));
    }
}
