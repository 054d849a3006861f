package ma.coopmarket.training;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Input of a training's status change: CANCELLED or COMPLETED. */
@Schema(name = "TrainingStatusChange")
public record TrainingStatusChange(
        @NotNull @Schema(description = "CANCELLED (before the end; cancels its enrolments) or COMPLETED (once started).",
                example = "COMPLETED") TrainingStatus status) {
}
