package ma.coopmarket.order;

import java.time.Instant;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the orders list. */
public class OrderFilter {

    @QueryParam("status")
    @Parameter(description = "The order's overall status.")
    public OrderStatus status;

    @QueryParam("partStatus")
    @Parameter(description = "Orders with a part (among those you may see) in this status.")
    public PartStatus partStatus;

    @QueryParam("cooperativeId")
    @Parameter(description = "Orders with a part of this cooperative.")
    @Size(max = 36)
    public String cooperativeId;

    @QueryParam("createdFrom")
    @Parameter(description = "Created at or after this instant (ISO 8601).", example = "2026-11-01T00:00:00Z")
    public Instant createdFrom;

    @QueryParam("createdTo")
    @Parameter(description = "Created before this instant (ISO 8601).", example = "2026-12-01T00:00:00Z")
    public Instant createdTo;
}
