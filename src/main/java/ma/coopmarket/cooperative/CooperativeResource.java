package ma.coopmarket.cooperative;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ma.coopmarket.security.Roles;
import ma.coopmarket.shared.web.ETags;
import ma.coopmarket.shared.web.Page;
import ma.coopmarket.shared.web.PageLinks;
import ma.coopmarket.shared.web.PageParams;
import ma.coopmarket.shared.web.Responses;

/** The national directory of cooperatives. */
@Path("/api/v1/cooperatives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cooperatives", description = "The national directory of cooperatives.")
public class CooperativeResource {

    private final CooperativeService service;

    public CooperativeResource(CooperativeService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listCooperatives", summary = "Search the directory of cooperatives",
            description = "Archived cooperatives are not listed. Paged, with RFC 8288 Link headers.")
    @APIResponse(responseCode = "200", description = "A page of cooperatives.")
    public RestResponse<Page<CooperativeView>> list(@Valid @BeanParam CooperativeFilter filter, @Valid @BeanParam PageParams paging,
            @Context UriInfo uri) {
        return PageLinks.ok(service.list(filter, paging), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCooperative", summary = "Get one cooperative",
            description = "Carries a strong ETag; send it back in If-None-Match to get a 304 while the cooperative is unchanged.")
    @APIResponse(responseCode = "200", description = "The cooperative.",
            headers = @Header(name = "ETag", description = "Strong tag of this version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CooperativeView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag is current.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<CooperativeView> get(@PathParam("id") String id,
            @Parameter(description = "ETags of the copy the client holds.", example = "\"2\"")
            @HeaderParam(ETags.IF_NONE_MATCH) String ifNoneMatch) {
        return ETags.ok(service.get(id), ifNoneMatch);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createCooperative", summary = "Register a cooperative",
            description = "A new cooperative starts PENDING verification.")
    @APIResponse(responseCode = "201", description = "The cooperative was created; Location gives its URL.",
            content = @Content(schema = @Schema(implementation = CooperativeView.class)))
    public RestResponse<CooperativeView> create(@Valid @NotNull CooperativeFields body) {
        CooperativeView created = service.create(body);
        return Responses.created("/api/v1/cooperatives/" + created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updateCooperative", summary = "Replace a cooperative's editable fields",
            description = "Admins, and managers of this cooperative. The status is changed by admins only, through its own "
                    + "operation. With If-Match the update applies only if the cooperative is still at that ETag (else 412); "
                    + "without it, to the current version.")
    @APIResponse(responseCode = "200", description = "The updated cooperative.",
            headers = @Header(name = "ETag", description = "Tag of the new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CooperativeView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the cooperative's current ETag; nothing was changed.")
    public RestResponse<CooperativeView> update(@PathParam("id") String id,
            @Parameter(description = "ETag the change is based on.", example = "\"2\"")
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull CooperativeFields body) {
        return ETags.ok(service.update(id, ifMatch, body), null);
    }

    @PUT
    @Path("/{id}/status")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "changeCooperativeStatus", description = "Admins only. Moves the cooperative between its verification statuses (PENDING, VERIFIED, SUSPENDED).", summary = "Change a cooperative's verification status")
    @APIResponse(responseCode = "200", description = "The cooperative with its new status.")
    public CooperativeView changeStatus(@PathParam("id") String id, @Valid @NotNull CooperativeStatusChange body) {
        return service.changeStatus(id, body.status());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "archiveCooperative", summary = "Archive a cooperative",
            description = "A soft delete: the cooperative and its products leave the public lists.")
    @APIResponse(responseCode = "204", description = "Archived.")
    public void archive(@PathParam("id") String id) {
        service.archive(id);
    }
}
