package ma.coopmarket.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reference-data entry (region, sector, category, training topic): a stable code and its names. */
@Schema(name = "ReferenceItem")
public record ReferenceView(
        @Schema(example = "MA-09") String code,
        @Schema(example = "Souss-Massa") String nameFr,
        @Schema(example = "سوس ماسة") String nameAr,
        @Schema(example = "Souss-Massa") String nameEn) {

    static ReferenceView of(Region r) {
        return new ReferenceView(r.code, r.nameFr, r.nameAr, r.nameEn);
    }

    static ReferenceView of(Sector s) {
        return new ReferenceView(s.code, s.nameFr, s.nameAr, s.nameEn);
    }

    static ReferenceView of(ProductCategory c) {
        return new ReferenceView(c.code, c.nameFr, c.nameAr, c.nameEn);
    }

    static ReferenceView of(TrainingTopic t) {
        return new ReferenceView(t.code, t.nameFr, t.nameAr, t.nameEn);
    }
}
