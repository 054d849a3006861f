package ma.coopmarket.shared.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code page} and {@code size} query parameters shared by every list. A size above the maximum
 * is refused (400) rather than silently truncated.
 */
public class PageParams {

    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "{coopmarket.page.min}")
    @Max(value = 100_000, message = "{coopmarket.page.max}")
    @Parameter(description = "Page number, from 0.", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "{coopmarket.size.range}")
    @Max(value = MAX_SIZE, message = "{coopmarket.size.range}")
    @Parameter(description = "Page size, 1 to 100.", example = "20")
    public int size;

    public PageParams() {
    }

    public PageParams(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int offset() {
        return page * size;
    }
}
