package ma.coopmarket.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import ma.coopmarket.shared.error.ConflictException;

/** An application's decision, without Quarkus or a database: made once, then final. */
class CallApplicationStatesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aSubmittedApplicationIsSelectedOrRejectedOnce() {
        CallApplication selected = new CallApplication();
        assertEquals(ApplicationStatus.SUBMITTED, selected.status);
        selected.select(NOW);
        assertEquals(ApplicationStatus.SELECTED, selected.status);
        assertEquals(NOW, selected.decidedAt);
        assertThrows(ConflictException.class, () -> selected.reject(NOW.plusSeconds(1)));
        assertThrows(ConflictException.class, () -> selected.select(NOW.plusSeconds(1)));
        assertEquals(NOW, selected.decidedAt, "a refused decision changes nothing");

        CallApplication rejected = new CallApplication();
        rejected.reject(NOW);
        assertEquals(ApplicationStatus.REJECTED, rejected.status);
        assertThrows(ConflictException.class, () -> rejected.select(NOW));
    }
}
