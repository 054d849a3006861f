package ma.coopmarket.product;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the public catalogue. Only ACTIVE products of live cooperatives are listed. */
public class ProductFilter {

    @QueryParam("cooperativeId")
    @Parameter(description = "Only this cooperative's products.")
    @Size(max = 36)
    public String cooperativeId;

    @QueryParam("region")
    @Parameter(description = "Region code of the cooperative.", example = "MA-09")
    @Size(max = 8)
    public String region;

    @QueryParam("sector")
    @Parameter(description = "Sector code of the cooperative.", example = "AGRICULTURE")
    @Size(max = 40)
    public String sector;

    @QueryParam("category")
    @Parameter(description = "Category code.", example = "ARGAN_OIL")
    @Size(max = 40)
    public String category;

    @QueryParam("minPrice")
    @Parameter(description = "Lowest price in MAD, inclusive.", example = "50")
    @DecimalMin("0")
    @Digits(integer = 10, fraction = 2, message = "{coopmarket.price.filter.digits}")
    public BigDecimal minPrice;

    @QueryParam("maxPrice")
    @Parameter(description = "Highest price in MAD, inclusive.", example = "300")
    @DecimalMin("0")
    @Digits(integer = 10, fraction = 2, message = "{coopmarket.price.filter.digits}")
    public BigDecimal maxPrice;

    @QueryParam("inStock")
    @Parameter(description = "Only products with stock (true).")
    public Boolean inStock;

    @QueryParam("women")
    @Parameter(description = "Only products of women's cooperatives (true) or of the others (false).")
    public Boolean women;

    @QueryParam("q")
    @Parameter(description = "Words to search for, in French, Arabic or English (at most 100 characters). Every word "
            + "must match, in any order, in the product's names, descriptions or SKU, its category's or labels' names, "
            + "or its cooperative's name, town or region. Case, accents, Arabic diacritics and letter variants are "
            + "ignored; French elision (d', l') and the Arabic article and proclitics (ال, و, ب, ك, ف, ل) are removed "
            + "and plurals and common endings reduced, so `زيت الأركان` finds `زيت أركان` and `datte` finds `Dattes`. "
            + "The last word also matches the words that start with it (from 3 characters, its 50 most common "
            + "completions), for search as you type. Stop words (de, la, the, في...) are ignored; a query of stop "
            + "words or punctuation alone returns an empty page. Characters such as * + - \" ( ) have no special "
            + "meaning. Without `sort`, results come by relevance (see `sort`).",
            example = "huile argan")
    @Size(min = 1, max = 100)
    public String q;

    @QueryParam("facets")
    @Parameter(description = "Comma-separated facets to count over the whole result (the query and every filter): "
            + "`category`, `region`, `label`. The page then carries `facets`.", example = "category,region,label")
    @Pattern(regexp = "(category|region|label)(,(category|region|label))*",
            message = "{coopmarket.facets}")
    public String facets;

    @QueryParam("status")
    @Parameter(description = "ACTIVE (default). DRAFT and ARCHIVED are listed only to the cooperative's managers, "
            + "its partners and admins, and need `cooperativeId` (or the cooperative's own catalogue path).")
    public ProductStatus status;

    @QueryParam("cursor")
    @Parameter(description = "Read on after a page: its `nextCursor` (the `next` link carries it). The cost of a "
            + "page is then the same at any depth; `page` is only echoed back. A cursor belongs to one `sort`.")
    @Size(max = 1000)
    public String cursor;

    @QueryParam("sort")
    @Parameter(description = "`relevance` (the default with `q`), `newest` (the default without `q`), `price` (low to "
            + "high), `-price` (high to low) or `name`. Relevance: in-stock products first, then those where the last "
            + "word matched whole rather than as a prefix, then those whose name holds every word; ties in the "
            + "order products entered the catalogue. Without `q`, `relevance` is `newest`.",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "relevance", "newest", "price", "-price", "name" }))
    @Pattern(regexp = "relevance|newest|price|-price|name", message = "{coopmarket.productSort}")
    public String sort;
}
