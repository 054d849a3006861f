package ma.coopmarket.product;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.web.Page;
import ma.coopmarket.shared.web.PageParams;
import ma.coopmarket.shared.web.Paged;

/** A page of the catalogue: the page envelope, plus what a search and a filter sidebar need. */
@Schema(name = "ProductPage")
public record ProductPage(
        List<ProductCard> items,
        @Schema(description = "Page number, from 0.", example = "0") int page,
        @Schema(description = "Page size asked for.", example = "20") int size,
        @Schema(description = "Number of products in the whole result. In the catalogue, a total of more than 1,000 "
                + "may be up to a minute old. In a search (`q`) in relevance order, matches are counted until the "
                + "page is known and more than 100 past its end are counted (a common word's first page is known "
                + "after its first few thousand products); with a price range (`minPrice`, `maxPrice`), matches are "
                + "checked against it up to 100 past the end of the page. When more may match, this is the number "
                + "counted (never less than the pages have shown, plus one when the page is full, so that a next "
                + "page is announced) and `totalIsLowerBound` is true. Other orders count every match. The pages "
                + "and `nextCursor` still reach every match.",
                example = "57") long totalElements,
        @Schema(description = "True when more products may match than `totalElements` says (\"over 120 results\").",
                example = "false") boolean totalIsLowerBound,
        @Schema(description = "Number of pages in the whole result.", example = "3") int totalPages,
        @Schema(description = "An opaque cursor to the next page (catalogue orders, and searches in relevance order). "
                + "Pass it as `cursor` (the `next` link does) to read on at the same cost however deep. Absent on the "
                + "last page.", example = "djEKcHJpY2UKMDE5MmYzYTQtOGQyZS03YTFiLThjM2QtNWU2ZjcwODE5MmEzCjEyMC41MA")
        String nextCursor,
        @Schema(description = "Only on a search that found nothing: the query with its unknown words replaced by the "
                + "closest indexed words (at most two edits away, for words of 5 letters or more). Absent otherwise.",
                example = "huile argan") String suggestedQuery,
        @Schema(description = "Only when `facets` was asked: for each facet, the number of products of the whole "
                + "result per value.") Facets facets) implements Paged {

    /** Counts per value of the facets asked for (a product has one category and one region, labels several). */
    @Schema(name = "ProductFacets")
    public record Facets(
            @Schema(description = "Category code to number of products; absent unless asked for in facets.", example = "{\"ARGAN_OIL\": 41, \"COSMETICS\": 3}")
            Map<String, Long> category,
            @Schema(description = "Region code to number of products; absent unless asked for in facets.", example = "{\"MA-09\": 30, \"MA-07\": 14}")
            Map<String, Long> region,
            @Schema(description = "Label to number of products that carry it; absent unless asked for in facets.", example = "{\"ORGANIC\": 12}")
            Map<String, Long> label) {
    }

    static ProductPage of(Page<ProductCard> page) {
        return new ProductPage(page.items(), page.page(), page.size(), page.totalElements(), false,
                page.totalPages(), page.nextCursor(), null, null);
    }

    static ProductPage of(List<ProductCard> items, PageParams paging, long total, boolean lowerBound,
            String nextCursor, String suggestedQuery) {
        Page<ProductCard> page = Page.of(items, paging, total, nextCursor);
        return new ProductPage(items, page.page(), page.size(), total, lowerBound, page.totalPages(), nextCursor,
                suggestedQuery, null);
    }

    ProductPage with(String suggested, Facets withFacets) {
        return new ProductPage(items, page, size, totalElements, totalIsLowerBound, totalPages, nextCursor, suggested,
                withFacets);
    }
}
