package ma.coopmarket.shared.feed;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import ma.coopmarket.shared.web.PageParams;

/** Query parameters of a delta feed: where to start (a cursor, or filters for a new walk) and the page size. */
public class FeedParams {

    @QueryParam("cursor")
    @Parameter(description = "The nextCursor of the previous page. It carries the walk's filters, so send it alone.")
    @Size(max = 1000)
    public String cursor;

    @QueryParam("updatedSince")
    @Parameter(description = "Start a new walk with the rows changed at or after this instant (ISO 8601). "
            + "Prefer keeping the cursor: it cannot miss a change, whatever the clocks.", example = "2026-11-26T09:00:00Z")
    public Instant updatedSince;

    @QueryParam("cooperativeId")
    @Parameter(description = "Start a new walk over one cooperative's rows only.")
    @Size(max = 36)
    public String cooperativeId;

    @QueryParam("mine")
    @Parameter(description = "Start a new walk over the caller's own cooperatives only (a partner's scope, a "
            + "manager's cooperatives); needs credentials.")
    public Boolean mine;

    @QueryParam("size")
    @DefaultValue("100")
    @Min(value = 1, message = "{coopmarket.size.range}")
    @Max(value = PageParams.MAX_SIZE, message = "{coopmarket.size.range}")
    @Parameter(description = "Page size, 1 to 100.", example = "100")
    public int size;
}
