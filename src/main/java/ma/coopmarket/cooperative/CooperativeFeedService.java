package ma.coopmarket.cooperative;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import ma.coopmarket.security.AccessPolicy;
import ma.coopmarket.security.CooperativeScope;
import ma.coopmarket.shared.feed.ChangePage;
import ma.coopmarket.shared.feed.FeedCursor;
import ma.coopmarket.shared.feed.FeedParams;

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
        StringBuilder where = new StringBuilder();
        Map<String, Object> filter = new HashMap<>();
        if (cursor.cooperativeId() != null) {
            where.append(" and c.id = :cooperative");
            filter.put("cooperative", cursor.cooperativeId());
        }
        if (cursor.mine()) {
            CooperativeScope own = access.ownScope();
            if (!own.all()) {
                if (own.ids().isEmpty()) {
                    return new ChangePage<>(List.of(), cursor.encode(), false);
                }
                where.append(" and c.id in :mine");
                filter.put("mine", own.ids());
            }
        }
        if (cursor.updatedSince() != null) {
            where.append(" and c.updatedAt >= :since");
            filter.put("since", cursor.updatedSince());
        }
        List<Cooperative> rows = cooperatives.changesAfter(cursor.sequence(), cursor.id(), where.toString(), filter,
                params.size + 1);
        List<Cooperative> page = rows.subList(0, Math.min(rows.size(), params.size));
        FeedCursor next = page.isEmpty() ? cursor
                : cursor.after(page.get(page.size() - 1).changeSeq, page.get(page.size() - 1).id);
        return new ChangePage<>(page.stream().map(CooperativeChange::of).toList(), next.encode(),
                rows.size() > params.size);
    }
}
