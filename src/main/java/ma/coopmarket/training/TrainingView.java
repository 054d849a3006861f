package ma.coopmarket.training;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.programme.ProgrammeSummary;

/** A training as the API shows it, with its programme and its seats. */
@Schema(name = "Training")
public record TrainingView(
        @Schema(example = "0192f3a4-c3d4-7e5f-8061-728394a5b6c7") String id,
        @Schema(example = "0192f3a4-9a1b-7c2d-8e3f-405162738495") String programmeId,
        ProgrammeSummary programme,
        @Schema(example = "Vendre en ligne avec les réseaux sociaux") String titleFr,
        @Schema(example = "البيع عبر الإنترنت بواسطة شبكات التواصل الاجتماعي") String titleAr,
        @Schema(description = "Absent when not given.", example = "Selling online through social media") String titleEn,
        @Schema(description = "Absent when not given.") String descriptionFr,
        @Schema(description = "Absent when not given.") String descriptionAr,
        @Schema(description = "Absent when not given.") String descriptionEn,
        @Schema(example = "SOCIAL_MEDIA_SELLING") String topicCode,
        TrainingMode mode,
        @Schema(description = "Absent for an online training, or when not given.", example = "MA-09") String regionCode,
        @Schema(description = "Absent for an online training, or when not given.", example = "Maison de la coopérative, avenue Mohammed V, Taroudant") String venue,
        TeachingLanguage language,
        @Schema(example = "2026-12-10T09:00:00Z") Instant startsAt,
        @Schema(example = "2026-12-11T16:00:00Z") Instant endsAt,
        @Schema(example = "2026-12-05T23:00:00Z") Instant enrollmentDeadline,
        @Schema(example = "20") int capacity,
        @Schema(example = "2") int maxPerCooperative,
        @Schema(description = "Seats held by confirmed (or attended, no-show, completed) participants.", example = "14")
        int seatsTaken,
        @Schema(description = "capacity - seatsTaken; new enrolments are waitlisted at 0.", example = "6") int seatsLeft,
        @Schema(description = "Whether enrolments are taken now (scheduled, before the deadline and the start).",
                example = "true") boolean enrollmentOpen,
        TrainingStatus status,
        Instant createdAt,
        Instant updatedAt,
        @Schema(example = "0") long version) {

    static TrainingView of(Training t, ProgrammeSummary programme, Instant now) {
        return new TrainingView(t.id, t.programmeId, programme, t.titleFr, t.titleAr,
                t.titleEn, t.descriptionFr, t.descriptionAr, t.descriptionEn, t.topicCode, t.mode, t.regionCode,
                t.venue, t.language, t.startsAt, t.endsAt, t.enrollmentDeadline, t.capacity, t.maxPerCooperative,
                t.seatsTaken, t.seatsLeft(), t.isEnrollmentOpen(now), t.status, t.createdAt, t.updatedAt, t.version);
    }
}
