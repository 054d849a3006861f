package ma.coopmarket.product;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;


import ma.coopmarket.security.Roles;
import ma.coopmarket.shared.web.Conditional;
import ma.coopmarket.shared.web.Page;
import ma.coopmarket.shared.web.PageLinks;
import ma.coopmarket.shared.web.PageParams;

/** The product catalogue across cooperatives, and each product. */
@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "The catalogue of the cooperatives' products.")
public class ProductResource {

    private final ProductService service;

    public ProductResource(ProductService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listProducts", summary = "Search the catalogue",
            description = "ACTIVE products of cooperatives that are not archived. Paged, with RFC 8288 Link headers.")
    @APIResponse(responseCode = "403", description = "status DRAFT or ARCHIVED asked by someone who may not see them.")
    @APIResponse(responseCode = "200", description = "A page of products.")
    public RestResponse<Page<ProductView>> list(@Valid @BeanParam ProductFilter filter,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(service.list(filter, paging), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProduct", summary = "Get one product",
            description = "Carries a weak ETag: send it back in If-None-Match to get 304 Not Modified, without a "
                    + "body, while the product is unchanged.")
    @APIResponse(responseCode = "200", description = "The product.",
            headers = @Header(name = "ETag", description = "Weak validator of this representation.",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match.")
    public RestResponse<ProductView> get(@PathParam("id") String id, @Context Request request) {
        return Conditional.ok(service.get(id), request);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER, Roles.PARTNER })
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "updateProduct", summary = "Replace a product's editable fields")
    @APIResponse(responseCode = "200", description = "The updated product.")
    public ProductView update(@PathParam("id") String id, @Valid @NotNull ProductFields body) {
        return service.update(id, body);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER, Roles.PARTNER })
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "archiveProduct", summary = "Archive a product",
            description = "A soft delete: the product leaves the catalogue.")
    @APIResponse(responseCode = "204", description = "Archived.")
    public void archive(@PathParam("id") String id) {
        service.archive(id);
    }
}
