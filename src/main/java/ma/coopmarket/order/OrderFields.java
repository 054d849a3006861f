package ma.coopmarket.order;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new order: lines (possibly of several cooperatives), delivery address, payment method. */
@Schema(name = "OrderFields")
public record OrderFields(
        @NotEmpty @Size(max = OrderFields.MAX_LINES, message = "{coopmarket.orderLines}")
        List<@NotNull @Valid OrderLineFields> lines,
        @Valid @Schema(description = "Where to deliver; give this or deliveryAddressId.") DeliveryAddress delivery,
        @Size(max = 36) @Schema(description = "The id of one of the customer's saved addresses "
                + "(GET /api/v1/me/addresses); give this or delivery.") String deliveryAddressId,
        @NotNull @Schema(example = "CASH_ON_DELIVERY") PaymentMethod paymentMethod,
        @Size(max = 500) @Schema(example = "Merci d'appeler avant de livrer.") String note) {

    public static final int MAX_LINES = 50;
}
