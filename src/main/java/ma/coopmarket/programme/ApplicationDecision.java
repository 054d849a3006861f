package ma.coopmarket.programme;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin's decision on an application: SELECTED or REJECTED. */
@Schema(name = "ApplicationDecision")
public record ApplicationDecision(
        @NotNull @Schema(description = "SELECTED (takes a place of the quota) or REJECTED.", example = "SELECTED")
        ApplicationStatus status) {
}
