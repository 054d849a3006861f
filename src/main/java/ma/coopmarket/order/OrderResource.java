package ma.coopmarket.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ma.coopmarket.security.AccessPolicy;
import ma.coopmarket.security.Roles;
import ma.coopmarket.shared.idempotency.IdempotencyService;
import ma.coopmarket.shared.web.Page;
import ma.coopmarket.shared.web.PageLinks;
import ma.coopmarket.shared.web.PageParams;
import ma.coopmarket.shared.web.Responses;

/** Placing and reading orders. */
@Path("/api/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Orders")
public class OrderResource {

    private final OrderPlacementService placement;
    private final OrderQueryService queries;
    private final IdempotencyService idempotency;
    private final AccessPolicy access;

    public OrderResource(OrderPlacementService placement, OrderQueryService queries, IdempotencyService idempotency,
            AccessPolicy access) {
        this.placement = placement;
        this.queries = queries;
        this.idempotency = idempotency;
        this.access = access;
    }

    @POST
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(operationId = "placeOrder", summary = "Place an order (cash on delivery)",
            description = "Lines may span several cooperatives: the order is split into one part per cooperative. "
                    + "Prices and totals come from the catalogue, never from the client. Stock is taken at once, all "
                    + "or nothing: a short line is a 409 listing every short line and what is available. Send an "
                    + "Idempotency-Key to retry safely: the same key and body replay the first response "
                    + "(Idempotent-Replayed: true); the same key with another body is a 422; a retry while the "
                    + "first request runs is a 409 with Retry-After. Keys are per customer and kept 24 hours. A request "
                    + "that died (its server killed, its database lost) holds its key for a lease (60 s by default); "
                    + "then a retry with the same body takes the key over. A 503 is always safe to retry with the same "
                    + "key: an order that committed is replayed, one that did not is placed.")
    @APIResponse(responseCode = "201", description = "The order, with one part per cooperative.",
            content = @Content(schema = @Schema(implementation = OrderView.class)),
            headers = @Header(name = "Idempotent-Replayed", description = "true when this is a replayed response.",
                    schema = @Schema(implementation = Boolean.class)))
    @APIResponse(responseCode = "409", description = "Insufficient stock (see shortages), or a request with the same "
            + "Idempotency-Key is still running (retry after Retry-After).")
    @APIResponse(responseCode = "422", description = "Unknown or unavailable products, or an Idempotency-Key reused "
            + "with another body.")
    @APIResponse(responseCode = "503", description = "Lock timeout, deadlock, full connection pool, lost database "
            + "connection or failed commit: retry after Retry-After with the same Idempotency-Key.")
    public RestResponse<OrderView> place(@Valid @NotNull OrderFields body,
            @HeaderParam(IdempotencyService.HEADER)
            @Parameter(description = "A unique key per order attempt (e.g. a UUID), to retry safely.",
                    example = "3f0c9a56-2b1e-4a7d-9c3e-8f1b2d4c6a7e") String idempotencyKey) {
        String customerId = access.caller().id();
        IdempotencyService.Outcome<OrderView> outcome = idempotency.execute(customerId, idempotencyKey, body, 201,
                OrderView.class, () -> placement.place(customerId, body));
        RestResponse<OrderView> created = Responses.created("/api/v1/orders/" + outcome.body().id(), outcome.body());
        return outcome.replayed()
                ? RestResponse.ResponseBuilder.fromResponse(created).header("Idempotent-Replayed", "true").build()
                : created;
    }

    @GET
    @RolesAllowed({ Roles.CUSTOMER, Roles.MANAGER, Roles.ADMIN })
    @Operation(operationId = "listOrders", summary = "List the orders you may see",
            description = "Customers: their own orders. Managers: orders with a part of their cooperatives, showing "
                    + "only those parts. Admins: all. Newest first.")
    @APIResponse(responseCode = "200", description = "A page of orders.")
    public RestResponse<Page<OrderView>> list(@Valid @BeanParam OrderFilter filter, @Valid @BeanParam PageParams paging,
            @Context UriInfo uri) {
        return PageLinks.ok(queries.list(filter, paging), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CUSTOMER, Roles.MANAGER, Roles.ADMIN })
    @Operation(operationId = "getOrder", summary = "Get one order",
            description = "404 also when the order exists but is not yours to see.")
    @APIResponse(responseCode = "200", description = "The order.")
    public OrderView get(@PathParam("id") String id) {
        return queries.get(id);
    }
}
