package ma.coopmarket.order;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who collected the cash on delivery (a courier's name); the time is the server's. */
@Schema(name = "DeliveryConfirmation")
public record DeliveryConfirmation(@Size(max = 120) @Schema(example = "Amine (Livraison Souss Express)") String collectedBy) {
}
