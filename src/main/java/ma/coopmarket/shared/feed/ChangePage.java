package ma.coopmarket.shared.feed;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a delta feed. {@code nextCursor} is always given: with {@code hasMore} the client
 * asks for the next page at once; without, it keeps the cursor and polls with it later.
 */
public record ChangePage<T>(
        List<T> items,
        @Schema(description = "Where to continue: pass it as `cursor` to get what comes after this page.",
                example = "eyJmIjoicHJvZHVjdHMiLCJzIjo0MiwiaSI6IjAxOTJmM2E0In0") String nextCursor,
        @Schema(description = "Whether more changes are already waiting after this page.", example = "false")
        boolean hasMore) {
}
