package ma.coopmarket.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ma.coopmarket.security.Roles;
import ma.coopmarket.shared.web.Page;
import ma.coopmarket.shared.web.PageLinks;
import ma.coopmarket.shared.web.PageParams;
import ma.coopmarket.shared.web.Responses;

/** A partner registers the endpoints its events are POSTed to, and brings a disabled one back. */
@Path("/api/v1/partner/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
@SecurityRequirement(name = "apiKey")
@Tag(name = "Webhooks")
public class WebhookEndpointResource {

    private final WebhookService webhooks;

    public WebhookEndpointResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Operation(operationId = "createWebhookEndpoint", summary = "Register a webhook endpoint",
            description = "Events of the cooperatives in your scope (with CATALOG_READ or CATALOG_WRITE) are POSTed to "
                    + "the URL, signed with the secret returned here, once. At most 10 endpoints.")
    @APIResponse(responseCode = "201", description = "The endpoint, with its signing secret (shown this once).",
            content = @Content(schema = @Schema(implementation = WebhookEndpointView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, or a URL that is not https or not on a public address.")
    public RestResponse<WebhookEndpointView> create(@Valid @NotNull WebhookEndpointFields body) {
        WebhookEndpointView created = webhooks.create(body);
        return Responses.created("/api/v1/partner/webhooks/" + created.id(), created);
    }

    @GET
    @Operation(operationId = "listWebhookEndpoints", description = "For partners. Your webhook endpoints with their events, status and failure streak; the signing secret is never shown again after creation.", summary = "List your webhook endpoints")
    @APIResponse(responseCode = "200", description = "A page of endpoints, oldest first.")
    public RestResponse<Page<WebhookEndpointView>> list(@Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(webhooks.list(paging), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookEndpoint", summary = "Get a webhook endpoint, with its state",
            description = "A DISABLED endpoint says when and why in disabledAt and disabledReason.")
    @APIResponse(responseCode = "200", description = "The endpoint.")
    public WebhookEndpointView get(@PathParam("id") String id) {
        return webhooks.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateWebhookEndpoint", description = "For partners. Replaces the endpoint's URL, description and events. The URL must be https, on a host that resolves to public addresses only.", summary = "Replace a webhook endpoint's URL, description and events")
    @APIResponse(responseCode = "200", description = "The endpoint.")
    public WebhookEndpointView update(@PathParam("id") String id, @Valid @NotNull WebhookEndpointFields body) {
        return webhooks.update(id, body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhookEndpoint", summary = "Delete a webhook endpoint",
            description = "Deliveries still queued for it fail without being sent.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") String id) {
        webhooks.delete(id);
    }

    @POST
    @Path("/{id}/enable")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "enableWebhookEndpoint", summary = "Re-enable a disabled endpoint",
            description = "Clears the failure streak. Deliveries that failed meanwhile stay FAILED: replay them with "
                    + "POST /api/v1/partner/webhooks/{id}/deliveries/replay.")
    @APIResponse(responseCode = "200", description = "The endpoint, ACTIVE.")
    public WebhookEndpointView enable(@PathParam("id") String id) {
        return webhooks.enable(id);
    }

    @POST
    @Path("/{id}/test")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "sendWebhookTestEvent", summary = "Send a PING event to the endpoint",
            description = "To check a receiver and its signature verification; it goes through the same queue.")
    @APIResponse(responseCode = "202", description = "The delivery, queued.",
            content = @Content(schema = @Schema(implementation = WebhookDeliveryView.class)))
    public RestResponse<WebhookDeliveryView> test(@PathParam("id") String id) {
        return RestResponse.accepted(webhooks.sendTest(id));
    }
}
