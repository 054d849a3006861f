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

/** Cooperatives' applications to a call: managers apply and follow theirs, admins decide. */
@Path("/api/v1/programmes/{id}/calls/{callId}/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
@SecurityRequirement(name = "bearer")
@Tag(name = "Programmes")
public class ApplicationResource {

    private final ApplicationService service;

    public ApplicationResource(ApplicationService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "applyToCall", summary = "Apply to a call for one of your cooperatives",
            description = "Once per cooperative and call, while the call is open. An ineligible cooperative gets a 409 "
                    + "`not-eligible` problem whose errors give each reason.")
    @APIResponse(responseCode = "201", description = "The application was submitted; Location gives its URL.",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public RestResponse<ApplicationView> apply(@PathParam("id") String id, @PathParam("callId") String callId,
            @Valid @NotNull ApplicationFields body) {
        ApplicationView created = service.apply(id, callId, body);
        return Responses.created("/api/v1/programmes/" + id + "/calls/" + callId + "/applications/" + created.id(),
                created);
    }

    @GET
    @Operation(operationId = "listApplications", summary = "List a call's applications",
            description = "Admins see all of them, managers those of their own cooperatives. Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of applications.")
    public RestResponse<Page<ApplicationView>> list(@PathParam("id") String id, @PathParam("callId") String callId,
            @Valid @BeanParam ApplicationFilter filter, @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(service.list(id, callId, filter, paging), uri);
    }

    @GET
    @Path("/{applicationId}")
    @Operation(operationId = "getApplication", description = "For the applying cooperative's managers and admins. One application with its status and when it was decided.", summary = "Get one application")
    @APIResponse(responseCode = "200", description = "The application.")
    public ApplicationView get(@PathParam("id") String id, @PathParam("callId") String callId,
            @PathParam("applicationId") String applicationId) {
        return service.get(id, callId, applicationId);
    }

    @PUT
    @Path("/{applicationId}/status")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "decideApplication", summary = "Select or reject an application",
            description = "Only a SUBMITTED application can be decided; a selection beyond the call's quota is a 409 "
                    + "`quota-reached`, even under parallel selections.")
    @APIResponse(responseCode = "200", description = "The application with its decision.")
    public ApplicationView decide(@PathParam("id") String id, @PathParam("callId") String callId,
            @PathParam("applicationId") String applicationId, @Valid @NotNull ApplicationDecision body) {
        return service.decide(id, callId, applicationId, body.status());
    }
}
