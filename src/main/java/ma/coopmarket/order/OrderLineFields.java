package ma.coopmarket.order;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of a new order: which product, how many. Never a price: the server sets it. */
@Schema(name = "OrderLineFields")
public record OrderLineFields(
        @NotBlank @Size(max = 36) @Schema(example = "0192f3a4-8d2e-7a1b-8c3d-5e6f708192a3") String productId,
        @NotNull @Min(1) @Max(OrderLineFields.MAX_QUANTITY) @Schema(example = "2") Integer quantity) {

    public static final int MAX_QUANTITY = 100;
}
