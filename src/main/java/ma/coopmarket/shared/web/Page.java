package ma.coopmarket.shared.web;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The page envelope of every list: items plus where the page sits in the whole result. */
public record Page<T>(
        List<T> items,
        @Schema(description = "Page number, from 0.", example = "0") int page,
        @Schema(description = "Page size asked for.", example = "20") int size,
        @Schema(description = "Number of items in the whole result. In the catalogue, a total of more than 1,000 "
                + "may be up to a minute old.", example = "57") long totalElements,
        @Schema(description = "Number of pages in the whole result.", example = "3") int totalPages,
        @Schema(description = "Listings that support keyset paging (the catalogue): an opaque cursor to the next "
                + "page. Pass it as `cursor` (the `next` link does) to read on at the same cost however deep. "
                + "Absent on the last page.", example = "djEKcHJpY2UKMDE5MmYzYTQtOGQyZS03YTFiLThjM2QtNWU2ZjcwODE5MmEzCjEyMC41MA")
        String nextCursor) implements Paged {

    public static <T> Page<T> of(List<T> items, PageParams params, long totalElements) {
        return of(items, params, totalElements, null);
    }

    public static <T> Page<T> of(List<T> items, PageParams params, long totalElements, String nextCursor) {
        int totalPages = (int) ((totalElements + params.size - 1) / params.size);
        return new Page<>(items, params.page, params.size, totalElements, totalPages, nextCursor);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalElements, totalPages, nextCursor);
    }
}
