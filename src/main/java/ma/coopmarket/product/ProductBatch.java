package ma.coopmarket.product;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A partner's batch of products. Items are read one by one (each as a {@link ProductUpsert}), so
 * that an item of the wrong shape is rejected alone instead of failing the whole request.
 */
@Schema(name = "ProductBatch")
public record ProductBatch(
        @NotNull @Size(min = 1, message = "{coopmarket.batchItems}")
        @Schema(implementation = ProductUpsert[].class, minItems = 1, maxItems = ProductBatchService.MAX_ITEMS,
                description = "1 to 500 products (and at most 1 MB in all). More is a 413 problem: split the catalogue "
                        + "into several batches.") List<JsonNode> items) {
}
