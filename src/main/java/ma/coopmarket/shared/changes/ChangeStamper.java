package ma.coopmarket.shared.changes;

/**
 * One kind of row that carries the change sequence. Each feature that feeds the delta feed owns its
 * table and declares it here; {@link ChangeTracker} writes the sequence on it just before commit.
 */
public interface ChangeStamper {

    /** The kind of row, as passed to {@link ChangeTracker#changed}. */
    String kind();

    /**
     * The table whose rows of this kind carry a {@code change_seq} column, set to the transaction's
     * number by {@link ChangeTracker} just before commit. The rows are already locked by the
     * transaction (it changed them), so this never waits on another transaction.
     */
    String table();
}
