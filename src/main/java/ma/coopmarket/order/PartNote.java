package ma.coopmarket.order;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An optional reason given with a refusal or a cancellation. */
@Schema(name = "PartNote")
public record PartNote(@Size(max = 300) @Schema(example = "Rupture de la récolte de safran.") String reason) {
}
