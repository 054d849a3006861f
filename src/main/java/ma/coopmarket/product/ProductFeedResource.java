package ma.coopmarket.product;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ma.coopmarket.shared.feed.ChangePage;
import ma.coopmarket.shared.feed.FeedLinks;
import ma.coopmarket.shared.feed.FeedParams;

/** What changed in the catalogue since a point: the delta feed partners keep their copy in step with. */
@Path("/api/v1/sync/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync")
public class ProductFeedResource {

    private final ProductFeedService feed;

    public ProductFeedResource(ProductFeedService feed) {
        this.feed = feed;
    }

    @GET
    @Operation(operationId = "listProductChanges", summary = "Products changed since a cursor or an instant",
            description = "Ordered by commit of each product's last change, then id; keyset pages. Start with no "
                    + "cursor (everything) or `updatedSince`, then follow `nextCursor` until `hasMore` is false, keep "
                    + "the last cursor and poll with it. A product changed during the walk comes again later with its "
                    + "new version; nothing is skipped or repeated. Archived products, products of archived "
                    + "cooperatives and drafts the caller may not see come as tombstones (`deleted: true`). Public "
                    + "without credentials; a partner (CATALOG_READ) also gets its cooperatives' drafts and its own "
                    + "`externalRef`s.")
    @APIResponse(responseCode = "403", description = "mine=true asked by a caller who has no cooperatives of their own (a customer).")
    @APIResponse(responseCode = "200", description = "A page of changes, oldest first.")
    public RestResponse<ChangePage<ProductChange>> changes(@Valid @BeanParam FeedParams params, @Context UriInfo uri) {
        return FeedLinks.ok(feed.changes(params), params.size, uri);
    }
}
