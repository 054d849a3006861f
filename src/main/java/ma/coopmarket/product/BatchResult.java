package ma.coopmarket.product;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.error.Problem;

/** What became of each item of a batch, in the order sent. */
@Schema(name = "ProductBatchResult")
public record BatchResult(Summary summary, List<Item> items) {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ProductBatchOutcome")
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, REJECTED
    }

    @Schema(name = "ProductBatchSummary")
    public record Summary(@Schema(example = "480") int created, @Schema(example = "15") int updated,
            @Schema(example = "2") int unchanged, @Schema(example = "3") int rejected) {

        static Summary of(List<Item> items) {
            int[] counts = new int[Outcome.values().length];
            items.forEach(i -> counts[i.outcome().ordinal()]++);
            return new Summary(counts[0], counts[1], counts[2], counts[3]);
        }
    }

    @Schema(name = "ProductBatchItemResult")
    public record Item(
            @Schema(description = "Position of the item in the batch, from 0.", example = "0") int index,
            @Schema(description = "The item's externalRef; absent when it had none.", example = "SD-88412") String externalRef,
            Outcome outcome,
            @Schema(description = "The product's id (absent when rejected).", example = "0192f3a4-8d2e-7a1b-8c3d-5e6f708192a3")
            String id,
            @Schema(description = "The product's version after the batch (absent when rejected).", example = "0") Long version,
            @Schema(description = "Why the item was rejected: the problem a single request would have got; absent unless rejected.")
            Problem problem,
            @Schema(description = "What became of each of the item's photoUrls; absent when it gave none.")
            List<PhotoImports.Result> photos) {

        Item withPhotos(List<PhotoImports.Result> results) {
            return new Item(index, externalRef, outcome, id, version, problem, results);
        }
    }

    /** The same result with the photo imports' outcomes added to the items that asked for them. */
    public BatchResult withPhotos(java.util.Map<Integer, List<PhotoImports.Result>> photos) {
        return new BatchResult(summary, items.stream()
                .map(i -> photos.containsKey(i.index()) ? i.withPhotos(photos.get(i.index())) : i).toList());
    }
}
