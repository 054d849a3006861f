package ma.coopmarket.product;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.feed.RemovalReason;

/** One entry of the product delta feed: the product as it is now, or its tombstone. */
@Schema(name = "ProductChange", description = "A product changed since the cursor: `product` holds it, or, when "
        + "`deleted` is true, it left the catalogue (for this caller) and should be removed.")
public record ProductChange(
        @Schema(example = "0192f3a4-8d2e-7a1b-8c3d-5e6f708192a3") String id,
        @Schema(example = "0192f3a4-7c1e-7d2a-9b3c-4d5e6f708192") String cooperativeId,
        @Schema(description = "The product's version; it grows with every change.", example = "4") long version,
        Instant updatedAt,
        @Schema(description = "True for a tombstone.", example = "false") boolean deleted,
        @Schema(description = "When it left the catalogue; absent except in tombstones.") Instant deletedAt,
        @Schema(description = "Why it left the catalogue; absent except in tombstones.") RemovalReason reason,
        @Schema(description = "The partner's own reference, shown to that partner only; absent otherwise, or when it set none.", example = "SD-88412") String externalRef,
        @Schema(description = "The product (absent in tombstones).") ProductView product) {

    static ProductChange live(Product p, boolean showRef) {
        return new ProductChange(p.id, p.cooperative.id, p.version, p.updatedAt, false, null, null,
                showRef ? p.externalRef : null, ProductView.of(p));
    }

    static ProductChange tombstone(Product p, RemovalReason reason, Instant deletedAt, boolean showRef) {
        return new ProductChange(p.id, p.cooperative.id, p.version, p.updatedAt, true, deletedAt, reason,
                showRef ? p.externalRef : null, null);
    }
}
