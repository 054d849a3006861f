package ma.coopmarket.reference;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ma.coopmarket.security.Roles;
import ma.coopmarket.shared.web.Responses;

/** Reference data: the 12 regions, activity sectors, product categories and training topics. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Regions, activity sectors, product categories and training topics.")
public class ReferenceDataResource {

    private final ReferenceDataService service;

    public ReferenceDataResource(ReferenceDataService service) {
        this.service = service;
    }

    @GET
    @Path("/regions")
    @Operation(operationId = "listRegions", description = "Public. The 12 regions of Morocco with their codes (MA-01 to MA-12) and names in French, Arabic and English; the codes are what filters and forms take.", summary = "List the 12 regions of Morocco")
    @APIResponse(responseCode = "200", description = "The regions, by ISO 3166-2:MA code.")
    public List<ReferenceView> regions() {
        return service.regions();
    }

    @GET
    @Path("/sectors")
    @Operation(operationId = "listSectors", description = "Public. The activity sectors of cooperatives with their codes and names in French, Arabic and English.", summary = "List the activity sectors of cooperatives")
    @APIResponse(responseCode = "200", description = "The sectors, by code.")
    public List<ReferenceView> sectors() {
        return service.sectors();
    }

    @POST
    @Path("/sectors")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createSector", description = "Admins only. Adds an activity sector; its code is then accepted wherever a sector is.", summary = "Add an activity sector")
    @APIResponse(responseCode = "201", description = "The sector was added.",
            content = @Content(schema = @Schema(implementation = ReferenceView.class)))
    public RestResponse<ReferenceView> createSector(@Valid @NotNull SectorFields body) {
        ReferenceView created = service.createSector(body);
        return Responses.created("/api/v1/sectors/" + created.code(), created);
    }

    @GET
    @Path("/sectors/{code}")
    @Operation(operationId = "getSector", description = "Public. One activity sector by its code.", summary = "Get one activity sector")
    @APIResponse(responseCode = "200", description = "The sector.")
    public ReferenceView sector(@PathParam("code") String code) {
        return service.sector(code);
    }

    @GET
    @Path("/categories")
    @Operation(operationId = "listCategories", description = "Public. The product categories with their labels in French, Arabic and English, for filters and forms.", summary = "List the product categories")
    @APIResponse(responseCode = "200", description = "The categories, by code.")
    public List<ReferenceView> categories() {
        return service.categories();
    }

    @GET
    @Path("/training-topics")
    @Operation(operationId = "listTrainingTopics", description = "Public. The topics of training sessions (digital marketing, selling online, e-payment...) with their names in three languages.", summary = "List the topics of training sessions")
    @APIResponse(responseCode = "200", description = "The topics, by code.")
    public List<ReferenceView> topics() {
        return service.topics();
    }

    @POST
    @Path("/training-topics")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createTrainingTopic", description = "Admins only. Adds a training topic; its code is then accepted by trainings.", summary = "Add a training topic")
    @APIResponse(responseCode = "201", description = "The topic was added.",
            content = @Content(schema = @Schema(implementation = ReferenceView.class)))
    public RestResponse<ReferenceView> createTopic(@Valid @NotNull TopicFields body) {
        ReferenceView created = service.createTopic(body);
        return Responses.created("/api/v1/training-topics/" + created.code(), created);
    }

    @GET
    @Path("/training-topics/{code}")
    @Operation(operationId = "getTrainingTopic", description = "Public. One training topic by its code.", summary = "Get one training topic")
    @APIResponse(responseCode = "200", description = "The topic.")
    public ReferenceView topic(@PathParam("code") String code) {
        return service.topic(code);
    }
}
