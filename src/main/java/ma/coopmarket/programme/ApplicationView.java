package ma.coopmarket.programme;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application to a call as the API shows it. */
@Schema(name = "CallApplication")
public record ApplicationView(
        @Schema(example = "0192f3a4-b2c3-7d4e-8f50-6172839405b6") String id,
        @Schema(example = "0192f3a4-9a1b-7c2d-8e3f-405162738495") String programmeId,
        @Schema(example = "0192f3a4-a1b2-7c3d-9e4f-5061728394a5") String callId,
        @Schema(example = "0192f3a4-7c1e-7d2a-9b3c-4d5e6f708192") String cooperativeId,
        @Schema(description = "Absent when not given.", example = "Nous voulons vendre notre huile d'argan en ligne.") String motivation,
        ApplicationStatus status,
        @Schema(description = "Absent until the application is decided.") Instant decidedAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(example = "0") long version) {

    static ApplicationView of(CallApplication a) {
        return new ApplicationView(a.id, a.call.programme.id, a.call.id, a.cooperativeId, a.motivation, a.status,
                a.decidedAt, a.createdAt, a.updatedAt, a.version);
    }
}
