package ma.coopmarket.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A product as a catalogue page or a search result shows it: what a product card needs, without the
 * descriptions and the exact stock, which {@code GET /products/{id}} gives with the product's
 * version. Read from the search index's stored card (one row per product), so a page costs one row
 * read per product.
 */
@Schema(name = "ProductCard", description = "A product on a catalogue page or in search results. The product "
        + "itself (descriptions, exact stock, version for edits) is GET /products/{id}.")
public record ProductCard(
        @Schema(required = true, example = "0192f3a4-8d2e-7a1b-8c3d-5e6f708192a3") String id,
        @Schema(required = true, example = "0192f3a4-7c1e-7d2a-9b3c-4d5e6f708192") String cooperativeId,
        @Schema(required = true) ProductView.CooperativeSummary cooperative,
        @Schema(required = true, example = "ARGAN-250ML") String sku,
        @Schema(required = true, example = "Huile d'argan alimentaire 250 ml") String nameFr,
        @Schema(nullable = true, example = "زيت أركان غذائي 250 مل") String nameAr,
        @Schema(nullable = true, example = "Culinary argan oil 250 ml") String nameEn,
        @Schema(required = true, example = "ARGAN_OIL") String categoryCode,
        @Schema(required = true, description = "Price in MAD, exact.", example = "120.50") BigDecimal price,
        @Schema(required = true, description = "ISO 4217 currency: always MAD.", example = "MAD") String currency,
        @Schema(required = true) Unit unit,
        @Schema(required = true, example = "250") BigDecimal unitQuantity,
        @Schema(required = true, description = "Whether the product can be ordered now (stock above zero).",
                example = "true") boolean inStock,
        @Schema(required = true, description = "ACTIVE on the public catalogue; a cooperative's own listing of its "
                + "DRAFT or ARCHIVED products shows those.") ProductStatus status,
        @Schema(required = true) List<String> imageUrls,
        @Schema(required = true) List<ProductLabel> labels,
        @Schema(required = true) Instant createdAt) {

    static ProductCard of(Product p) {
        return new ProductCard(p.id, p.cooperative.id, ProductView.CooperativeSummary.of(p.cooperative), p.sku,
                p.nameFr, p.nameAr, p.nameEn, p.categoryCode, p.price, ProductView.CURRENCY, p.unit,
                p.unitQuantity.stripTrailingZeros(), p.stock > 0, p.status, p.imageUrls,
                p.labels.stream().map(ProductLabel::valueOf).toList(), p.createdAt);
    }
}
