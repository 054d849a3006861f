package ma.coopmarket.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ma.coopmarket.security.Roles;
import ma.coopmarket.shared.web.Page;
import ma.coopmarket.shared.web.PageLinks;
import ma.coopmarket.shared.web.PageParams;

/** Operators' view of outgoing messages (SMS, webhooks): find them, and retry failed ones. */
@Path("/api/v1/admin/messages")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
public class OutboxAdminResource {

    private final OutboxQueryService queries;
    private final OutboxService outbox;

    public OutboxAdminResource(OutboxQueryService queries, OutboxService outbox) {
        this.queries = queries;
        this.outbox = outbox;
    }

    @GET
    @Operation(operationId = "listMessages", description = "Admins only. The outbox: SMS and webhook messages with their status, attempts and last error, newest first, filtered by channel, status, recipient or event type; for support and for checking deliveries.", summary = "List outgoing messages by channel, status, recipient or event")
    @APIResponse(responseCode = "200", description = "A page of messages, newest first.")
    public RestResponse<Page<OutboxMessageView>> list(@Valid @BeanParam OutboxFilter filter,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(queries.list(filter, paging), uri);
    }

    @POST
    @Path("/{id}/retry")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "retryMessage", description = "Admins only. Puts a FAILED message back in the queue with its attempts reset, for a new round of deliveries (after a provider outage, say). Only FAILED messages can be retried: another status is a 409.", summary = "Queue a FAILED message for a new round of attempts")
    @APIResponse(responseCode = "200", description = "The message, PENDING again.")
    @APIResponse(responseCode = "409", description = "The message is not FAILED.")
    public OutboxMessageView retry(@PathParam("id") String id) {
        return OutboxMessageView.of(outbox.retry(id));
    }
}
