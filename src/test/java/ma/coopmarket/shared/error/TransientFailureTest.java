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
    void aLostConnectionOrAFailedCommitIsTransientWhereverItHides() {
        // Narayana's commit on a closed socket: the socket error is only a suppressed exception.
        jakarta.transaction.RollbackException commit = new jakarta.transaction.RollbackException(
                "ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new java.sql.SQLNonTransientConnectionException("socket closed", "08000"));
        assertTrue(ProblemMappers.isTransient(new RuntimeException(commit)));
        assertTrue(ProblemMappers.isTransient(new RuntimeException(new SQLException("Connection reset", "08S01", 0))));
        // A pooled connection the restarted database had dropped, handed out and failing to enlist.
        assertTrue(ProblemMappers.isTransient(new org.hibernate.exception.GenericJDBCException(
                "Unable to acquire JDBC Connection [Exception in association of connection to existing transaction]",
                new SQLException("Exception in association of connection to existing transaction",
                        new SQLException("Failed to enlist. Check if a connection from another datasource is already"
                                + " enlisted to the same transaction")))));
        // A transaction the reaper rolled back at its timeout.
        assertTrue(ProblemMappers.isTransient(new jakarta.transaction.RollbackException(
                "ARJUNA016102: The transaction is not active! Uid is 0:ffff7f000001")));
    }

    @Test
    void aCommitThatFailedForAnotherReasonIsNot() {
        // It would fail again: a 500 with an incident id, logged, rather than retries without end.
        assertFalse(ProblemMappers.isTransient(new jakarta.transaction.RollbackException(
                "ARJUNA016053: Could not commit transaction.")));
        jakarta.transaction.RollbackException tooLong = new jakarta.transaction.RollbackException("could not commit");
        tooLong.initCause(new java.sql.SQLDataException("Data too long for column", "22001", 1406));
        assertFalse(ProblemMappers.isTransient(tooLong));
    }

    @Test
    void aCommitThatBrokeAConstraintIsNot() {
        jakarta.transaction.RollbackException commit = new jakarta.transaction.RollbackException("could not commit");
        commit.initCause(new java.sql.SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062));
        assertFalse(ProblemMappers.isTransient(commit));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(ProblemMappers.isTransient(new IllegalStateException("bug")));
        assertFalse(ProblemMappers.isTransient(new RuntimeException(new SQLException("Syntax error", "42000", 1064))));
    }
}
