package ma.coopmarket.account;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An address of the customer's book; orders may name it by id. */
@Schema(name = "SavedAddress")
public record SavedAddressView(
        String id,
        @Schema(description = "Absent when not given.", example = "Maison") String label,
        @Schema(example = "Salma Benali") String recipientName,
        @Schema(example = "+212612345678") String phone,
        @Schema(example = "MA-09") String regionCode,
        @Schema(example = "Agadir") String city,
        @Schema(example = "12, rue Al Massira, quartier Dakhla") String addressLine,
        @Schema(description = "Absent when not given.", example = "En face de la mosquée Al Fath") String landmark,
        boolean isDefault,
        Instant createdAt,
        Instant updatedAt) {

    static SavedAddressView of(SavedAddress a) {
        return new SavedAddressView(a.id, a.label, a.recipientName, a.phone, a.regionCode, a.city, a.addressLine,
                a.landmark, a.isDefault, a.createdAt, a.updatedAt);
    }
}
