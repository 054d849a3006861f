package ma.coopmarket.cooperative;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.text.Language;

/** A cooperative as the API shows it. */
@Schema(name = "Cooperative")
public record CooperativeView(
        @Schema(example = "0192f3a4-7c1e-7d2a-9b3c-4d5e6f708192") String id,
        @Schema(example = "Coopérative Tifaout") String nameFr,
        @Schema(example = "تعاونية تيفاوت") String nameAr,
        @Schema(description = "Absent when not given.", example = "Tifaout Cooperative") String nameEn,
        @Schema(example = "AGA-2014-0173") String registrationNumber,
        LegalForm legalForm,
        @Schema(example = "MA-09") String regionCode,
        @Schema(example = "Taroudant") String city,
        @Schema(example = "AGRICULTURE") String sectorCode,
        @Schema(description = "Absent when not given.", example = "2014") Integer foundedYear,
        @Schema(description = "Absent when not given.", example = "42") Integer memberCount,
        boolean womenCooperative,
        @Schema(description = "Absent when not given.") String descriptionFr,
        @Schema(description = "Absent when not given.") String descriptionAr,
        @Schema(description = "Absent when not given.") String descriptionEn,
        @Schema(description = "Absent when not given.", example = "+212612345678") String phone,
        @Schema(description = "Absent when not given.", example = "contact@tifaout.ma") String email,
        boolean smsNotifications,
        Language smsLanguage,
        CooperativeStatus status,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Incremented on every change.", example = "0") long version) {

    static CooperativeView of(Cooperative c) {
        return new CooperativeView(c.id, c.nameFr, c.nameAr, c.nameEn, c.registrationNumber, c.legalForm,
                c.regionCode, c.city, c.sectorCode, c.foundedYear, c.memberCount, c.womenCooperative,
                c.descriptionFr, c.descriptionAr, c.descriptionEn, c.phone, c.email, c.smsNotifications, c.smsLanguage,
                c.status, c.createdAt, c.updatedAt, c.version);
    }
}
