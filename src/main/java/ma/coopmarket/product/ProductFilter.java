package ma.coopmarket.product;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

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
    public BigDecimal minPrice;

    @QueryParam("maxPrice")
    @Parameter(description = "Highest price in MAD, inclusive.", example = "300")
    @DecimalMin("0")
    public BigDecimal maxPrice;

    @QueryParam("inStock")
    @Parameter(description = "Only products with stock (true).")
    public Boolean inStock;

    @QueryParam("women")
    @Parameter(description = "Only products of women's cooperatives (true) or of the others (false).")
    public Boolean women;

    @QueryParam("q")
    @Parameter(description = "Text in the French, Arabic or English name or the SKU; case and accents ignored.",
            example = "argan")
    @Size(min = 1, max = 100)
    public String q;

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
    @DefaultValue("newest")
    @Parameter(description = "`newest` (default), `price` (low to high), `-price` (high to low) or `name`.")
    @Pattern(regexp = "newest|price|-price|name", message = "must be one of newest, price, -price, name")
    public String sort;
}
