package ma.coopmarket.training;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin may set on a training. Seats taken, status, id, timestamps and version are the server's. */
@Schema(name = "TrainingFields", description = "Input of a training session (create and full update).")
public record TrainingFields(
        @NotBlank @Size(max = 36) @Schema(description = "The programme the training belongs to (active).",
                example = "0192f3a4-9a1b-7c2d-8e3f-405162738495") String programmeId,
        @NotBlank @Size(max = 200) @Schema(example = "Vendre en ligne avec les réseaux sociaux") String titleFr,
        @NotBlank @Size(max = 200) @Schema(example = "البيع عبر الإنترنت بواسطة شبكات التواصل الاجتماعي") String titleAr,
        @Size(max = 200) @Schema(example = "Selling online through social media") String titleEn,
        @Size(max = 2000) @Schema(example = "Créer une page, photographier ses produits, répondre aux clients.")
        String descriptionFr,
        @Size(max = 2000) @Schema(example = "إنشاء صفحة، تصوير المنتجات، الرد على الزبناء.") String descriptionAr,
        @Size(max = 2000) @Schema(example = "Set up a page, photograph products, answer customers.") String descriptionEn,
        @NotBlank @Schema(description = "Topic code, see GET /api/v1/training-topics.", example = "SOCIAL_MEDIA_SELLING")
        String topicCode,
        @NotNull @Schema(example = "ON_SITE") TrainingMode mode,
        @Size(max = 8) @Schema(description = "Region code; required on site, optional for remote trainings.",
                example = "MA-09") String regionCode,
        @Size(max = 300) @Schema(description = "Address of the venue; required on site, not allowed remote.",
                example = "Maison de la coopérative, avenue Mohammed V, Taroudant") String venue,
        @NotNull @Schema(example = "ary") TeachingLanguage language,
        @NotNull @Schema(example = "2026-12-10T09:00:00Z") Instant startsAt,
        @NotNull @Schema(description = "After startsAt.", example = "2026-12-11T16:00:00Z") Instant endsAt,
        @NotNull @Schema(description = "Last moment to enrol; not after startsAt.", example = "2026-12-05T23:00:00Z")
        Instant enrollmentDeadline,
        @NotNull @Min(1) @Max(10_000) @Schema(description = "Seats; not below the seats already taken.", example = "20")
        Integer capacity,
        @NotNull @Min(1) @Max(10_000) @Schema(description = "Most enrolments (confirmed or waitlisted) one cooperative "
                + "may have in the training.", example = "2") Integer maxPerCooperative) {
}
