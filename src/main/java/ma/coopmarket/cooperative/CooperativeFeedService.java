package ma.coopmarket.cooperative;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import ma.coopmarket.security.AccessPolicy;
import ma.coopmarket.shared.feed.ChangePage;
import ma.coopmarket.shared.feed.FeedCursor;
import ma.coopmarket.shared.feed.FeedParams;
import ma.coopmarket.shared.feed.FeedQuery;

/**
 * The cooperative delta feed: cooperatives in commit order of their last change, keyset pages,
 * archived ones as tombstones. Same walk rules as the product feed.
 */
@ApplicationScoped
public class CooperativeFeedService {

    static final String FEED = "cooperatives";

    private final CooperativeRepository cooperatives;
    private final AccessPolicy access;

    public CooperativeFeedService(CooperativeRepository cooperatives, AccessPolicy access) {
        this.cooperatives = cooperatives;
        this.access = access;
    }

    public ChangePage<CooperativeChange> changes(FeedParams params) {
        FeedCursor cursor = FeedCursor.of(FEED, params);
        FeedQuery query = FeedQuery.of(cursor, "c.id", access::ownCooperatives, "c.updatedAt >= :since");
        if (query.matchesNothing()) {
            return ChangePage.empty(cursor);
        }
        List<Cooperative> rows = cooperatives.changesAfter(cursor.sequence(), cursor.id(), query.where(),
                query.params(), params.size + 1);
        return ChangePage.of(rows, params.size, cursor, c -> c.changeSeq, c -> c.id, CooperativeChange::of);
    }
}
