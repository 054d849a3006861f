package ma.coopmarket.product;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import ma.coopmarket.shared.readcache.SerializedOnce;
import ma.coopmarket.shared.text.Language;
import ma.coopmarket.shared.web.ETags;
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
            description = "ACTIVE products of cooperatives that are not archived. Paged, with RFC 8288 Link headers. "
                    + "With `q`, a full-text search on the catalogue's word index: every word must match (the last "
                    + "one also as a prefix), ordered by relevance unless `sort` says otherwise; a search that finds "
                    + "nothing may carry `suggestedQuery`. `facets` adds counts per category, region and label.")
    @APIResponse(responseCode = "403", description = "status DRAFT or ARCHIVED asked by someone who may not see them.")
    @APIResponse(responseCode = "200", description = "A page of products.")
    @SerializedOnce
    public RestResponse<ProductPage> list(@Valid @BeanParam ProductFilter filter,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(service.list(filter, paging), uri);
    }

    @GET
    @Path("/suggestions")
    @Operation(operationId = "suggestProducts", summary = "Complete a query being typed",
            description = "Type-ahead: up to 10 completions of `q`, its last word completed by the words of the "
                    + "catalogue's index that start with it, the most common first. Arabic completions for a word in "
                    + "Arabic script; otherwise French or English as `lang` (or Accept-Language) says, French by "
                    + "default. A word that a product has just gained completes at once on the server that wrote it, "
                    + "and within a minute on the others.")
    @APIResponse(responseCode = "200", description = "The completions (possibly none).")
    public ProductSuggestions suggest(
            @Parameter(description = "What the shopper has typed so far (1 to 100 characters).", required = true,
                    example = "huile d'arg")
            @QueryParam("q") @NotNull @Size(min = 1, max = 100) String q,
            @Parameter(description = "The shopper's language for Latin-script words: fr (default) or en.")
            @QueryParam("lang") Language lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        return service.suggest(q, lang != null ? lang : Language.fromAcceptLanguage(acceptLanguage));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProduct", summary = "Get one product",
            description = "Carries a strong ETag; send it back in If-None-Match to get a 304 while the product is unchanged.")
    @APIResponse(responseCode = "200", description = "The product.",
            headers = @Header(name = "ETag", description = "Strong tag of this version of the product (and of its cooperative's summary).",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag is current.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @SerializedOnce
    public RestResponse<ProductView> get(@PathParam("id") String id,
            @Parameter(description = "ETags of the copy the client holds.", example = "\"3-0\"")
            @HeaderParam(ETags.IF_NONE_MATCH) String ifNoneMatch) {
        return ETags.ok(service.get(id), ifNoneMatch);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER, Roles.PARTNER })
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "updateProduct", summary = "Replace a product's editable fields",
            description = "With If-Match, the update applies only if the product is still at that ETag (else 412); "
                    + "two writers holding the same ETag get one 200 and one 412. Without If-Match the update applies "
                    + "to whatever the current version is (last writer wins).")
    @APIResponse(responseCode = "200", description = "The updated product.",
            headers = @Header(name = "ETag", description = "Tag of the new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the product's current ETag; nothing was changed.")
    public RestResponse<ProductView> update(@PathParam("id") String id,
            @Parameter(description = "ETag the change is based on.", example = "\"3-0\"")
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull ProductFields body) {
        return ETags.ok(service.update(id, ifMatch, body), null);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER, Roles.PARTNER })
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "archiveProduct", summary = "Archive a product",
            description = "A soft delete: the product leaves the catalogue, and the delta feed shows its tombstone.")
    @APIResponse(responseCode = "204", description = "Archived.")
    @APIResponse(responseCode = "412", description = "If-Match does not name the product's current ETag; nothing was changed.")
    public void archive(@PathParam("id") String id,
            @Parameter(description = "ETag the archive is based on.", example = "\"3-0\"")
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.archive(id, ifMatch);
    }
}
