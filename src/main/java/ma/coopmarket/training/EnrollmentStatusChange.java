package ma.coopmarket.training;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Input of an enrolment's status change. */
@Schema(name = "EnrollmentStatusChange")
public record EnrollmentStatusChange(
        @NotNull @Schema(description = "CANCELLED (managers and admins, before the training starts), or ATTENDED, "
                + "NO_SHOW, COMPLETED (organisers, once it started). Seats are confirmed only from the waitlist.",
                example = "CANCELLED") EnrollmentStatus status) {
}
