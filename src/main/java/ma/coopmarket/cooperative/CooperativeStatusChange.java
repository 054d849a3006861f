package ma.coopmarket.cooperative;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Input of a verification status change. */
@Schema(name = "CooperativeStatusChange")
public record CooperativeStatusChange(@NotNull @Schema(example = "VERIFIED") CooperativeStatus status) {
}
