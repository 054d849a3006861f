package ma.coopmarket.account;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.text.Language;

/** Giving or withdrawing a consent, after reading its current text in {@code language}. */
@Schema(name = "ConsentChange")
public record ConsentChange(
        @NotNull Boolean granted,
        @NotNull @Schema(description = "The language of the text the person read.", example = "ar") Language language) {
}
