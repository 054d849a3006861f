package ma.coopmarket.shared.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

import org.junit.jupiter.api.Test;

/** Which failures are the database being busy (a retryable 503) rather than a fault (a 500). */
class BusyDetectionTest {

    @Test
    void lockTimeoutsDeadlocksAndPoolExhaustionAreBusyWhereverTheyAreWrapped() {
        SQLException deadlock = new SQLException("Deadlock found when trying to get lock", "40001", 1213);
        SQLException lockWait = new SQLException("Lock wait timeout exceeded", "HY000", 1205);
        assertTrue(ProblemMappers.isTransient(deadlock));
        assertTrue(ProblemMappers.isTransient(new RuntimeException("rollback", new IllegalStateException(lockWait))));
        assertTrue(ProblemMappers.isTransient(new jakarta.persistence.PessimisticLockException("locked")));
        assertTrue(ProblemMappers.isTransient(new jakarta.persistence.LockTimeoutException("timeout")));
        assertTrue(ProblemMappers.isTransient(new SQLTransactionRollbackException("serialization failure")));
        assertTrue(ProblemMappers.isTransient(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(ProblemMappers.isTransient(new IllegalStateException("bug")));
        assertFalse(ProblemMappers.isTransient(new SQLException("Duplicate entry", "23000", 1062)));
        assertFalse(ProblemMappers.isTransient(new RuntimeException(new NullPointerException())));
    }
}
