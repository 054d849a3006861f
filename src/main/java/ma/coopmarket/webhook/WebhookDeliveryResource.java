package ma.coopmarket.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/** An endpoint's delivery log: every event sent to it, each attempt, and replays. */
@Path("/api/v1/partner/webhooks/{id}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
@SecurityRequirement(name = "apiKey")
@Tag(name = "Webhooks")
public class WebhookDeliveryResource {

    private final WebhookService webhooks;

    public WebhookDeliveryResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    @Operation(operationId = "listWebhookDeliveries", summary = "List an endpoint's deliveries",
            description = "Newest first, with their state, attempts and last error.")
    @APIResponse(responseCode = "200", description = "A page of deliveries.")
    public RestResponse<Page<WebhookDeliveryView>> list(@PathParam("id") String id,
            @Valid @BeanParam WebhookDeliveryFilter filter, @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(webhooks.deliveries(id, filter, paging), uri);
    }

    @GET
    @Path("/{deliveryId}")
    @Operation(operationId = "getWebhookDelivery", description = "For partners. One event sent to your endpoint, with the event's data and each HTTP attempt (time, duration, status, error).", summary = "Get one delivery with each of its attempts")
    @APIResponse(responseCode = "200", description = "The delivery and its attempt log.")
    public WebhookDeliveryView get(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        return webhooks.delivery(id, deliveryId);
    }

    @POST
    @Path("/{deliveryId}/replay")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "replayWebhookDelivery", summary = "Send a delivery again",
            description = "Queues it again with the same event id (de-duplicate on CoopMarket-Event-Id), whether it "
                    + "was sent or failed; a delivery still queued is a 409.")
    @APIResponse(responseCode = "200", description = "The delivery, PENDING.")
    public WebhookDeliveryView replay(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        return webhooks.replay(id, deliveryId);
    }

    @POST
    @Path("/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replayFailedWebhookDeliveries", summary = "Send again every failed delivery since an instant",
            description = "For after an outage, once the endpoint is enabled again.")
    @APIResponse(responseCode = "200", description = "How many deliveries were queued again.")
    public ReplayResult replayFailed(@PathParam("id") String id, @Valid @NotNull ReplayRequest body) {
        return webhooks.replayFailed(id, body.since());
    }
}
