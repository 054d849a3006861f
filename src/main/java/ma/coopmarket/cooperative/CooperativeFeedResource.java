package ma.coopmarket.cooperative;

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

/** What changed in the directory since a point. */
@Path("/api/v1/sync/cooperatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync")
public class CooperativeFeedResource {

    private final CooperativeFeedService feed;

    public CooperativeFeedResource(CooperativeFeedService feed) {
        this.feed = feed;
    }

    @GET
    @Operation(operationId = "listCooperativeChanges", summary = "Cooperatives changed since a cursor or an instant",
            description = "Same walk as the product feed: commit order of each cooperative's last change, then id; "
                    + "follow `nextCursor` until `hasMore` is false, then poll with the last cursor. Archived "
                    + "cooperatives come as tombstones; remove their products too. Public.")
    @APIResponse(responseCode = "403", description = "mine=true asked by a caller who has no cooperatives of their own (a customer).")
    @APIResponse(responseCode = "200", description = "A page of changes, oldest first.")
    public RestResponse<ChangePage<CooperativeChange>> changes(@Valid @BeanParam FeedParams params, @Context UriInfo uri) {
        return FeedLinks.ok(feed.changes(params), params.size, uri);
    }
}
