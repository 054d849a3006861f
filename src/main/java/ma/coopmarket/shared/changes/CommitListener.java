package ma.coopmarket.shared.changes;

/**
 * Told of each transaction that committed catalogue changes on this instance, with the sequence
 * numbers it took: the read cache ({@code shared.readcache.CatalogueVersion}) learns of a change here
 * at once, without waiting for its poll.
 */
public interface CommitListener {

    /** The sequence numbers of a transaction that committed here (-1: not taken). */
    void committed(long sequence, long listingSequence);
}
