package ma.coopmarket.programme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

/** A programme's calls for applications: anyone reads them, admins manage them. */
@Path("/api/v1/programmes/{id}/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes")
public class CallResource {

    private final CallService service;

    public CallResource(CallService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listCalls", summary = "List a programme's calls for applications",
            description = "Newest opening first. Paged, with RFC 8288 Link headers.")
    @APIResponse(responseCode = "200", description = "A page of calls.")
    public RestResponse<Page<CallView>> list(@PathParam("id") String id, @Valid @BeanParam PageParams paging,
            @Context UriInfo uri) {
        return PageLinks.ok(service.list(id, paging), uri);
    }

    @GET
    @Path("/{callId}")
    @Operation(operationId = "getCall", description = "Public. One call for applications of the programme: its window (opensAt to closesAt) and its eligibility rules.", summary = "Get one call for applications")
    @APIResponse(responseCode = "200", description = "The call, with its selections and places left.")
    public CallView get(@PathParam("id") String id, @PathParam("callId") String callId) {
        return service.get(id, callId);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createCall", summary = "Open a call for applications",
            description = "With a quota of cooperatives to select, opening and closing dates and eligibility rules.")
    @APIResponse(responseCode = "201", description = "The call was created; Location gives its URL.",
            content = @Content(schema = @Schema(implementation = CallView.class)))
    public RestResponse<CallView> create(@PathParam("id") String id, @Valid @NotNull CallFields body) {
        CallView created = service.create(id, body);
        return Responses.created("/api/v1/programmes/" + id + "/calls/" + created.id(), created);
    }

    @PUT
    @Path("/{callId}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updateCall", summary = "Replace a call's editable fields",
            description = "The quota cannot go below the number of cooperatives already selected (409).")
    @APIResponse(responseCode = "200", description = "The updated call.")
    public CallView update(@PathParam("id") String id, @PathParam("callId") String callId,
            @Valid @NotNull CallFields body) {
        return service.update(id, callId, body);
    }
}
