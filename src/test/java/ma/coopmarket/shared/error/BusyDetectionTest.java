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
        assertTrue(ProblemMappers.isBusy(deadlock));
        assertTrue(ProblemMappers.isBusy(new RuntimeException("rollback", new IllegalStateException(lockWait))));
        assertTrue(ProblemMappers.isBusy(new jakarta.persistence.PessimisticLockException("locked")));
        assertTrue(ProblemMappers.isBusy(new jakarta.persistence.LockTimeoutException("timeout")));
        assertTrue(ProblemMappers.isBusy(new SQLTransactionRollbackException("serialization failure")));
        assertTrue(ProblemMappers.isBusy(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(ProblemMappers.isBusy(new IllegalStateException("bug")));
        assertFalse(ProblemMappers.isBusy(new SQLException("Duplicate entry", "23000", 1062)));
        assertFalse(ProblemMappers.isBusy(new RuntimeException(new NullPointerException())));
    }
}
