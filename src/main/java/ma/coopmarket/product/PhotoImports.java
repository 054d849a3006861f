package ma.coopmarket.product;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Brings photos given by URL in a partner's batch into the catalogue, after the batch committed
 * (implemented by the photo feature, so that products need not know it).
 */
public interface PhotoImports {

    /** At most this many URLs are fetched per batch; the others are SKIPPED (send them in a later batch). */
    int MAX_PER_BATCH = 24;

    /** One product's photo URLs, in the order given. */
    record Request(int index, String productId, List<String> urls) {
    }

    /** What became of one URL. */
    @Schema(name = "ProductBatchPhotoResult")
    record Result(@Schema(example = "https://images.partner.example/sd-88412-1.jpg") String url, Outcome outcome,
            @Schema(description = "Why it failed or was skipped; absent otherwise.") String detail) {
    }

    @Schema(name = "ProductBatchPhotoOutcome")
    enum Outcome {
        /** Fetched, processed and added to the product. */
        IMPORTED,
        /** Imported before from this very URL: not fetched again. */
        UNCHANGED,
        /** Refused (SSRF guard), unreachable, too large, not an image...: see detail. */
        FAILED,
        /** Over the batch's fetch budget, or the product's 12 photos: send it again later. */
        SKIPPED
    }

    /** The results by request index, each list in the URLs' order. */
    java.util.Map<Integer, List<Result>> importAll(List<Request> requests);
}
