package ma.coopmarket.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.cooperative.Cooperative;

/** A product as the API shows it, with a summary of its cooperative for catalogue pages. */
@Schema(name = "Product")
public record ProductView(
        @Schema(example = "0192f3a4-8d2e-7a1b-8c3d-5e6f708192a3") String id,
        @Schema(example = "0192f3a4-7c1e-7d2a-9b3c-4d5e6f708192") String cooperativeId,
        CooperativeSummary cooperative,
        @Schema(description = "Absent when not given.", example = "ARGAN-250ML") String sku,
        @Schema(example = "Huile d'argan alimentaire 250 ml") String nameFr,
        @Schema(description = "Absent when not given.", example = "زيت أركان غذائي 250 مل") String nameAr,
        @Schema(description = "Absent when not given.", example = "Culinary argan oil 250 ml") String nameEn,
        @Schema(description = "Absent when not given.") String descriptionFr,
        @Schema(description = "Absent when not given.") String descriptionAr,
        @Schema(description = "Absent when not given.") String descriptionEn,
        @Schema(example = "ARGAN_OIL") String categoryCode,
        @Schema(description = "Price in MAD, exact.", example = "120.50") BigDecimal price,
        @Schema(description = "ISO 4217 currency: always MAD.", example = "MAD") String currency,
        @Schema(description = "Absent when not given.") Unit unit,
        @Schema(description = "Absent when not given.", example = "250") BigDecimal unitQuantity,
        @Schema(example = "40") int stock,
        @Schema(example = "true") boolean inStock,
        ProductStatus status,
        @Schema(description = "Images hosted elsewhere (given by URL).") List<String> imageUrls,
        @Schema(description = "Photos uploaded to CoopMarket, in order; the first is the cover.") List<PhotoView> photos,
        List<ProductLabel> labels,
        Instant createdAt,
        Instant updatedAt,
        @Schema(example = "0") long version) {

    public static final String CURRENCY = "MAD";

    /** The cooperative behind a product, as a catalogue page needs it. */
    @Schema(name = "CooperativeSummary")
    public record CooperativeSummary(
            String id,
            @Schema(example = "Coopérative Tifaout") String nameFr,
            @Schema(example = "تعاونية تيفاوت") String nameAr,
            @Schema(example = "MA-09") String regionCode,
            @Schema(example = "AGRICULTURE") String sectorCode,
            boolean womenCooperative) {

        static CooperativeSummary of(Cooperative c) {
            return new CooperativeSummary(c.id, c.nameFr, c.nameAr, c.regionCode, c.sectorCode, c.womenCooperative);
        }
    }

    static ProductView of(Product p) {
        return new ProductView(p.id, p.cooperative.id, CooperativeSummary.of(p.cooperative), p.sku,
                p.nameFr, p.nameAr, p.nameEn, p.descriptionFr, p.descriptionAr, p.descriptionEn, p.categoryCode,
                p.price, CURRENCY, p.unit, p.unitQuantity.stripTrailingZeros(), p.stock, p.stock > 0, p.status,
                p.imageUrls, p.photos.stream().map(PhotoView::of).toList(), p.labels.stream().map(ProductLabel::valueOf).toList(), p.createdAt, p.updatedAt,
                p.version);
    }
}
