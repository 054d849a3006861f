package ma.coopmarket.product;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ma.coopmarket.security.Roles;
import ma.coopmarket.shared.web.PageLinks;
import ma.coopmarket.shared.web.PageParams;
import ma.coopmarket.shared.web.Responses;

/** One cooperative's catalogue: where its products are listed and added. */
@Path("/api/v1/cooperatives/{id}/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class CooperativeProductResource {

    private final ProductService service;

    public CooperativeProductResource(ProductService service) {
        this.service = service;
    }

    @GET
        @Operation(operationId = "listCooperativeProducts", description = "Public. One cooperative's catalogue, with the same filters, sorts, paging and search as `GET /api/v1/products`. Its managers, its partners and admins also see its DRAFT and ARCHIVED products.", summary = "List one cooperative's catalogue")
    @APIResponse(responseCode = "403", description = "status DRAFT or ARCHIVED asked by someone who may not see them.")
    @APIResponse(responseCode = "200", description = "A page of the cooperative's products.")
    public RestResponse<ProductPage> listOfCooperative(@PathParam("id") String id,
            @Valid @BeanParam ProductFilter filter, @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(service.listOfCooperative(id, filter, paging), uri);
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER, Roles.PARTNER })
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
        @Operation(operationId = "createProduct", description = "For the cooperative's managers, partners with catalogue-write on it, and admins. Adds a product to the cooperative's catalogue; it is searchable as soon as this call returns. Names, descriptions and labels may be given in French, Arabic and English.", summary = "Add a product to a cooperative's catalogue")
    @APIResponse(responseCode = "201", description = "The product was created; Location gives its URL.",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    public RestResponse<ProductView> create(@PathParam("id") String id, @Valid @NotNull ProductFields body) {
        ProductView created = service.create(id, body);
        return Responses.created("/api/v1/products/" + created.id(), created);
    }
}
