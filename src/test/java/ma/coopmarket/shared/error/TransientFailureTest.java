package ma.coopmarket.shared.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** Which database failures become a retryable 503 instead of a 500. */
class TransientFailureTest {

    @Test
    void deadlocksLockTimeoutsAndPoolExhaustionAreTransient() {
        assertTrue(ProblemMappers.isTransient(new RuntimeException(new SQLException("Deadlock found", "40001", 1213))));
        assertTrue(ProblemMappers.isTransient(new RuntimeException(new SQLException("Lock wait timeout", "HY000", 1205))));
        assertTrue(ProblemMappers.isTransient(new org.hibernate.exception.GenericJDBCException(
                "Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(ProblemMappers.isTransient(new IllegalStateException("bug")));
        assertFalse(ProblemMappers.isTransient(new RuntimeException(new SQLException("Syntax error", "42000", 1064))));
    }
}
