package ma.coopmarket.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.web.Patterns;

/** A participant a manager enrols for one of their cooperatives. The training comes from the URL. */
@Schema(name = "EnrollmentFields", description = "Input of an enrolment.")
public record EnrollmentFields(
        @NotBlank @Size(max = 36) @Schema(description = "The participant's cooperative; its manager must be the caller.",
                example = "0192f3a4-7c1e-7d2a-9b3c-4d5e6f708192") String cooperativeId,
        @NotBlank @Size(max = 200) @Schema(example = "فاطمة أيت الحاج") String fullName,
        @NotBlank @Pattern(regexp = Patterns.MOROCCAN_PHONE, message = Patterns.MOROCCAN_PHONE_MESSAGE)
        @Schema(description = "Identifies the participant: one enrolment per phone and training.",
                example = "+212612345678") String phone,
        @NotNull @Schema(example = "TREASURER") ParticipantRole role,
        @NotNull @Schema(example = "FEMALE") Gender gender) {
}
