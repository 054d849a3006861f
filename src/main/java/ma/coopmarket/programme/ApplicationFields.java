package ma.coopmarket.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A manager's application to a call, for one of their cooperatives. */
@Schema(name = "ApplicationFields", description = "Input of an application to a call.")
public record ApplicationFields(
        @NotBlank @Size(max = 36) @Schema(description = "The applying cooperative; its manager must be the caller.",
                example = "0192f3a4-7c1e-7d2a-9b3c-4d5e6f708192") String cooperativeId,
        @Size(max = 2000) @Schema(example = "Nous voulons vendre notre huile d'argan en ligne.") String motivation) {
}
