package ma.coopmarket.shared.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line that cannot be served: how many units were asked and how many there are. */
@Schema(name = "Shortage")
public record Shortage(
        @Schema(example = "0192f3a4-8d2e-7a1b-8c3d-5e6f708192a3") String productId,
        @Schema(example = "5") int requested,
        @Schema(example = "2") int available) {
}
