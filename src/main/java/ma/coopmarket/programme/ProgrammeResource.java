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

/** Support programmes: anyone reads them, admins manage them. */
@Path("/api/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes")
public class ProgrammeResource {

    private final ProgrammeService service;

    public ProgrammeResource(ProgrammeService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listProgrammes", summary = "List support programmes",
            description = "By French name. Paged, with RFC 8288 Link headers.")
    @APIResponse(responseCode = "200", description = "A page of programmes.")
    public RestResponse<Page<ProgrammeView>> list(@Valid @BeanParam ProgrammeFilter filter,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(service.list(filter, paging), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProgramme", description = "Public. One support programme with its names and descriptions in French, Arabic and English.", summary = "Get one programme")
    @APIResponse(responseCode = "200", description = "The programme.")
    public ProgrammeView get(@PathParam("id") String id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createProgramme", description = "Admins only. Creates a support programme (its names in three languages, organiser, financing); its trainings and calls for applications are added afterwards.", summary = "Create a support programme")
    @APIResponse(responseCode = "201", description = "The programme was created; Location gives its URL.",
            content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    public RestResponse<ProgrammeView> create(@Valid @NotNull ProgrammeFields body) {
        ProgrammeView created = service.create(body);
        return Responses.created("/api/v1/programmes/" + created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updateProgramme", summary = "Replace a programme's editable fields",
            description = "Setting active to false keeps the programme readable but closes it to new sessions and calls.")
    @APIResponse(responseCode = "200", description = "The updated programme.")
    public ProgrammeView update(@PathParam("id") String id, @Valid @NotNull ProgrammeFields body) {
        return service.update(id, body);
    }
}
