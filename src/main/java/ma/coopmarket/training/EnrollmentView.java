package ma.coopmarket.training;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An enrolment as the API shows it. */
@Schema(name = "Enrollment")
public record EnrollmentView(
        @Schema(example = "0192f3a4-d4e5-7f60-8172-8394a5b6c7d8") String id,
        @Schema(example = "0192f3a4-c3d4-7e5f-8061-728394a5b6c7") String trainingId,
        @Schema(example = "0192f3a4-7c1e-7d2a-9b3c-4d5e6f708192") String cooperativeId,
        @Schema(example = "فاطمة أيت الحاج") String fullName,
        @Schema(example = "+212612345678") String phone,
        ParticipantRole role,
        Gender gender,
        EnrollmentStatus status,
        @Schema(description = "Order of arrival in this training, from 1; the waitlist is served in this order.",
                example = "23") long arrival,
        @Schema(description = "Place in the waitlist, from 1; only while WAITLISTED.", example = "3")
        Integer waitlistPosition,
        @Schema(description = "Absent until the seat is confirmed.") Instant confirmedAt,
        @Schema(description = "Absent unless cancelled.") Instant cancelledAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(example = "0") long version) {

    static EnrollmentView of(Enrollment e, Integer waitlistPosition) {
        return new EnrollmentView(e.id, e.training.id, e.cooperativeId, e.fullName, e.phone, e.role, e.gender,
                e.status, e.arrival, e.status == EnrollmentStatus.WAITLISTED ? waitlistPosition : null,
                e.confirmedAt, e.cancelledAt, e.createdAt, e.updatedAt, e.version);
    }
}
