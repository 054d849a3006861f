package ma.coopmarket.product;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import ma.coopmarket.security.AccessPolicy;
import ma.coopmarket.security.Caller;
import ma.coopmarket.security.CooperativeScope;
import ma.coopmarket.shared.feed.ChangePage;
import ma.coopmarket.shared.feed.FeedCursor;
import ma.coopmarket.shared.feed.FeedParams;
import ma.coopmarket.shared.feed.FeedQuery;
import ma.coopmarket.shared.feed.RemovalReason;

/**
 * The product delta feed: products in commit order of their last change (change sequence, then
 * id), with keyset pagination, so that a walk neither skips nor repeats a change even while rows
 * change under it (see {@link ma.coopmarket.shared.changes.ChangeTracker}). A product changed
 * during the walk moves to the end and comes again with its new version. What the caller may not
 * see (archived, a cooperative archived, a draft) comes as a tombstone.
 */
@ApplicationScoped
public class ProductFeedService {

    static final String FEED = "products";

    private final ProductRepository products;
    private final AccessPolicy access;

    public ProductFeedService(ProductRepository products, AccessPolicy access) {
        this.products = products;
        this.access = access;
    }

    public ChangePage<ProductChange> changes(FeedParams params) {
        FeedCursor cursor = FeedCursor.of(FEED, params);
        // A cooperative's archive tombstones its products without touching their updated_at.
        FeedQuery query = FeedQuery.of(cursor, "c.id", access::ownCooperatives,
                "(p.updatedAt >= :since or c.archivedAt >= :since)");
        if (query.matchesNothing()) {
            return ChangePage.empty(cursor);
        }
        List<Product> rows = products.changesAfter(cursor.sequence(), cursor.id(), query.where(), query.params(),
                params.size + 1);
        CooperativeScope unpublished = access.unpublishedScope();
        Caller caller = access.caller();
        String partnerId = caller.is(Caller.Kind.PARTNER) ? caller.id() : null;
        return ChangePage.of(rows, params.size, cursor, p -> p.changeSeq, p -> p.id,
                p -> entry(p, unpublished, partnerId));
    }

    private static ProductChange entry(Product p, CooperativeScope unpublished, String partnerId) {
        boolean showRef = partnerId != null && partnerId.equals(p.partnerId);
        if (p.isArchived()) {
            return ProductChange.tombstone(p, RemovalReason.ARCHIVED, p.archivedAt, showRef);
        }
        if (p.cooperative.isArchived()) {
            return ProductChange.tombstone(p, RemovalReason.COOPERATIVE_ARCHIVED, p.cooperative.archivedAt, showRef);
        }
        if (p.status != ProductStatus.ACTIVE && !unpublished.includes(p.cooperative.id)) {
            return ProductChange.tombstone(p, RemovalReason.UNPUBLISHED, p.updatedAt, showRef);
        }
        return ProductChange.live(p, showRef);
    }
}
