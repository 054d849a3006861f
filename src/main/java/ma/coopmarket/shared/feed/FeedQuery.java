package ma.coopmarket.shared.feed;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The conditions of one delta feed page, appended to its keyset walk: the filters every feed
 * takes from its cursor (one cooperative; the caller's own cooperatives), plus the feed's own.
 */
public final class FeedQuery {

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> params = new HashMap<>();
    private boolean nothing;

    private FeedQuery() {
    }

    /**
     * The cursor's shared filters on {@code cooperativeId}, the path of the row's cooperative id, and,
     * when the walk asks for changes since a time, {@code changedSince}: the feed's condition on the
     * parameter {@code :since}. {@code ownCooperatives} is asked only for a {@code mine} walk: the
     * caller's cooperatives, or empty when the caller may see them all.
     */
    public static FeedQuery of(FeedCursor cursor, String cooperativeId,
            Supplier<Optional<Collection<String>>> ownCooperatives, String changedSince) {
        FeedQuery query = new FeedQuery();
        if (cursor.updatedSince() != null) {
            query.and(changedSince, "since", cursor.updatedSince());
        }
        if (cursor.cooperativeId() != null) {
            query.and(cooperativeId + " = :cooperative", "cooperative", cursor.cooperativeId());
        }
        if (cursor.mine()) {
            ownCooperatives.get().ifPresent(own -> {
                if (own.isEmpty()) {
                    query.nothing = true;
                } else {
                    query.and(cooperativeId + " in :mine", "mine", own);
                }
            });
        }
        return query;
    }

    /** Adds {@code condition}, which names the parameter {@code name}. */
    public FeedQuery and(String condition, String name, Object value) {
        where.append(" and ").append(condition);
        params.put(name, value);
        return this;
    }

    /** Whether no row can match (the caller has no cooperatives of its own): no query needed. */
    public boolean matchesNothing() {
        return nothing;
    }

    /** The conditions, each starting with {@code " and "}. */
    public String where() {
        return where.toString();
    }

    public Map<String, Object> params() {
        return params;
    }
}
