package ma.coopmarket.account;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.text.Language;

/** One record of a consent given or withdrawn. */
@Schema(name = "Consent")
public record ConsentView(ConsentPurpose purpose, boolean granted, @Schema(example = "2026-12") String textVersion,
        Language language, @Schema(description = "The text the person accepted or withdrew, as shown.") String text,
        Instant recordedAt) {

    static ConsentView of(ConsentRecord r) {
        return new ConsentView(r.purpose, r.granted, r.textVersion, r.language, r.text, r.recordedAt);
    }
}
