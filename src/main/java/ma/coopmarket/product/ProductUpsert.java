package ma.coopmarket.product;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One product of a partner's batch, keyed by the partner's own reference. */
@Schema(name = "ProductUpsert", description = "One product of a batch: created if the reference is new, else updated.")
public record ProductUpsert(
        @NotBlank @Pattern(regexp = EXTERNAL_REF, message = EXTERNAL_REF_MESSAGE)
        @Schema(description = "Your own id for this product, unique among your products: 1 to 100 letters, digits, "
                + "'.', '_', ':' or '-'.", example = "SD-88412", maxLength = 100) String externalRef,
        @NotBlank @Size(max = 36)
        @Schema(description = "A cooperative of your scope. A product cannot move to another cooperative.",
                example = "0192f3a4-7c1e-7d2a-9b3c-4d5e6f708192") String cooperativeId,
        @NotNull @Valid ProductFields product,
        @Size(max = 12) @Schema(description = "Photos to fetch and add to the product (https, JPEG/PNG/WebP, 10 MB at "
                + "most each): each URL is fetched once, after the batch is saved, and stored like an upload; a URL "
                + "imported before is not fetched again. Absent: the product's photos stay as they are.")
        List<@NotNull @Size(max = 500) @Pattern(regexp = "https?://[^\\s]+", message = "{coopmarket.https}") String> photoUrls) {

    public static final String EXTERNAL_REF = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}";
    public static final String EXTERNAL_REF_MESSAGE = "must be 1 to 100 letters, digits, '.', '_', ':' or '-'";
}
