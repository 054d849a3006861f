package ma.coopmarket.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ma.coopmarket.security.Roles;

/**
 * The moves of one cooperative's part of an order. Each answers the order as the caller sees
 * it; an illegal move (e.g. shipping an unconfirmed part) is a 409 problem.
 */
@Path("/api/v1/orders/{orderId}/parts/{partId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Orders")
public class OrderPartResource {

    private static final String MOVED = "The order after the move.";
    private static final String ILLEGAL = "Illegal move from the part's current status.";

    private final OrderLifecycleService lifecycle;

    public OrderPartResource(OrderLifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(operationId = "confirmOrderPart", description = "For the part's cooperative's managers and admins. Confirms the cooperative will prepare its part of the order; the part no longer expires. Any other move from the part's current status is a 409.", summary = "Confirm a part (cooperative): PENDING_CONFIRMATION → CONFIRMED")
    @APIResponse(responseCode = "200", description = MOVED)
    @APIResponse(responseCode = "409", description = ILLEGAL)
    public OrderView confirm(@PathParam("orderId") String orderId, @PathParam("partId") String partId) {
        return lifecycle.confirm(orderId, partId);
    }

    @POST
    @Path("/refuse")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(operationId = "refuseOrderPart", summary = "Refuse a part (cooperative): → REFUSED, stock returns",
            description = "Allowed while PENDING_CONFIRMATION or CONFIRMED. The body (a reason) is optional.")
    @APIResponse(responseCode = "200", description = MOVED)
    @APIResponse(responseCode = "409", description = ILLEGAL)
    public OrderView refuse(@PathParam("orderId") String orderId, @PathParam("partId") String partId,
            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartNote.class))) @Valid PartNote body) {
        return lifecycle.refuse(orderId, partId, body == null ? null : body.reason());
    }

    @POST
    @Path("/ship")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(operationId = "shipOrderPart", description = "For the part's cooperative's managers and admins. Marks a confirmed part as handed to the courier; the customer can no longer cancel it. Any other move is a 409.", summary = "Ship a part (cooperative): CONFIRMED → SHIPPED")
    @APIResponse(responseCode = "200", description = MOVED)
    @APIResponse(responseCode = "409", description = ILLEGAL)
    public OrderView ship(@PathParam("orderId") String orderId, @PathParam("partId") String partId) {
        return lifecycle.ship(orderId, partId);
    }

    @POST
    @Path("/deliver")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(operationId = "deliverOrderPart",
            summary = "Record delivery and cash collected (cooperative): SHIPPED → DELIVERED",
            description = "Records when (now) and, optionally, who collected the cash.")
    @APIResponse(responseCode = "200", description = MOVED)
    @APIResponse(responseCode = "409", description = ILLEGAL)
    public OrderView deliver(@PathParam("orderId") String orderId, @PathParam("partId") String partId,
            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeliveryConfirmation.class))) @Valid DeliveryConfirmation body) {
        return lifecycle.deliver(orderId, partId, body == null ? null : body.collectedBy());
    }

    @POST
    @Path("/cancel")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed({ Roles.CUSTOMER, Roles.ADMIN })
    @Operation(operationId = "cancelOrderPart", summary = "Cancel a part (customer): → CANCELLED, stock returns",
            description = "Allowed until the part is shipped. The body (a reason) is optional.")
    @APIResponse(responseCode = "200", description = MOVED)
    @APIResponse(responseCode = "409", description = ILLEGAL)
    public OrderView cancel(@PathParam("orderId") String orderId, @PathParam("partId") String partId,
            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartNote.class))) @Valid PartNote body) {
        return lifecycle.cancel(orderId, partId, body == null ? null : body.reason());
    }
}
