package ma.coopmarket.shared.feed;

/** Why a row is a tombstone in a delta feed: the client should remove its copy. */
public enum RemovalReason {
    /** The row was archived (soft-deleted). */
    ARCHIVED,
    /** A product whose cooperative was archived. */
    COOPERATIVE_ARCHIVED,
    /** A product that is (again) a draft, for callers who may not see drafts. */
    UNPUBLISHED
}
