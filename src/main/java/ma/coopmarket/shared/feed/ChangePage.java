package ma.coopmarket.shared.feed;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

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

    /** A page that stays where {@code cursor} is: nothing to show. */
    public static <T> ChangePage<T> empty(FeedCursor cursor) {
        return new ChangePage<>(List.of(), cursor.encode(), false);
    }

    /**
     * The page of {@code rows}, read with one row more than {@code size} to tell whether more are
     * waiting; the next cursor points after the last row shown (or stays put on an empty page).
     */
    public static <R, T> ChangePage<T> of(List<R> rows, int size, FeedCursor cursor, ToLongFunction<R> sequence,
            Function<R, String> id, Function<R, T> entry) {
        List<R> page = rows.subList(0, Math.min(rows.size(), size));
        FeedCursor next = page.isEmpty() ? cursor
                : cursor.after(sequence.applyAsLong(page.get(page.size() - 1)), id.apply(page.get(page.size() - 1)));
        return new ChangePage<>(page.stream().map(entry).toList(), next.encode(), rows.size() > size);
    }
}
