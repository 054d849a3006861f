package ma.coopmarket.product;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import com.fasterxml.jackson.databind.JsonNode;

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

/** A partner pushes its cooperatives' products by its own references, and reads them back by reference. */
@Path("/api/v1/partner/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
@SecurityRequirement(name = "apiKey")
@Tag(name = "Sync")
public class PartnerProductResource {

    private final ProductBatchService batches;
    private final PhotoImports photoImports;
    private final ProductService catalogue;

    public PartnerProductResource(ProductBatchService batches, ProductService catalogue, PhotoImports photoImports) {
        this.batches = batches;
        this.photoImports = photoImports;
        this.catalogue = catalogue;
    }

    @POST
    @Path("/batch")
    @Operation(operationId = "upsertProducts", summary = "Create or update up to 500 products by your own references",
            description = "Needs CATALOG_WRITE on each item's cooperative. Each item is created (new externalRef), "
                    + "updated, left unchanged (same content: sending a batch twice changes nothing) or rejected with "
                    + "the problem a single request would have got; one bad item never affects the others. An archived "
                    + "product sent again is brought back. At most 500 items and 1 MB per request: more is a 413 problem.")
    @APIResponse(responseCode = "200", description = "One result per item, in the order sent.",
            content = @Content(schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "413", description = "More than 500 items, or more than 1 MB; nothing was written.")
    public BatchResult upsert(@Valid @NotNull ProductBatch body, @Context UriInfo uri) {
        BatchResult result = batches.upsert(body.items(), "/" + uri.getPath().replaceFirst("^/", ""));
        // Photos by URL: fetched after the batch committed, outside its transaction.
        List<PhotoImports.Request> photos = new ArrayList<>();
        for (BatchResult.Item item : result.items()) {
            JsonNode urls = item.id() == null ? null : body.items().get(item.index()).get("photoUrls");
            if (urls != null && urls.isArray()) {
                List<String> list = new ArrayList<>();
                urls.forEach(u -> list.add(u.asText()));
                photos.add(new PhotoImports.Request(item.index(), item.id(), list));
            }
        }
        return photos.isEmpty() ? result : result.withPhotos(photoImports.importAll(photos));
    }

    @GET
    @Path("/by-ref/{externalRef}")
    @Operation(operationId = "getProductByRef", summary = "Get one of your products by your own reference",
            description = "Carries the same strong ETag as GET /api/v1/products/{id}.")
    @APIResponse(responseCode = "200", description = "The product.",
            headers = @Header(name = "ETag", description = "Strong tag of this version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag is current.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<ProductView> getByRef(
            @Parameter(description = "Your reference, as sent in a batch.", example = "SD-88412")
            @PathParam("externalRef") String externalRef,
            @Parameter(description = "ETags of the copy you hold.", example = "\"3-0\"")
            @HeaderParam(ETags.IF_NONE_MATCH) String ifNoneMatch) {
        return ETags.ok(catalogue.getByRef(externalRef), ifNoneMatch);
    }
}
