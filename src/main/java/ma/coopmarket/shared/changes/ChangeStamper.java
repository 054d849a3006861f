package ma.coopmarket.shared.changes;

import java.util.Collection;

/**
 * Writes the change sequence on one kind of row. Each feature that feeds the delta feed owns its
 * table and provides a stamper for it; {@link ChangeTracker} calls it just before commit.
 */
public interface ChangeStamper {

    /** The kind of row, as passed to {@link ChangeTracker#changed}. */
    String kind();

    /**
     * Sets the change sequence of these rows to {@code sequence}. The rows are already locked by
     * the current transaction (it changed them), so this never waits on another transaction.
     */
    void stamp(Collection<String> ids, long sequence);
}
