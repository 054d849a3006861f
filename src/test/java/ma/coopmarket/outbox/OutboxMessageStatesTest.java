package ma.coopmarket.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;


/** An outbox message's life, without Quarkus: each move from where it may start, and none other. */
class OutboxMessageStatesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static OutboxMessage pending(boolean secret) {
        OutboxMessage message = new OutboxMessage();
        message.id = "m1";
        message.status = OutboxStatus.PENDING;
        message.payload = "{\"code\":\"123456\"}";
        message.secret = secret;
        return message;
    }

    @Test
    void aClaimedMessageIsSentOnceAndItsLeaseCleared() {
        OutboxMessage message = pending(false);
        message.claim("d1", NOW, NOW.plusSeconds(60));
        assertEquals(OutboxStatus.SENDING, message.status);
        assertEquals("d1", message.leaseOwner);
        message.sent("provider-42", NOW.plusSeconds(1));
        assertEquals(OutboxStatus.SENT, message.status);
        assertEquals(1, message.attempts);
        assertEquals("provider-42", message.providerRef);
        assertNull(message.leaseOwner);
        assertNull(message.leaseUntil);
        assertEquals(NOW.plusSeconds(1), message.sentAt);
        // Sent is not sending: a second result for it is a bug, not a silent overwrite.
        assertThrows(IllegalStateException.class, () -> message.sent("again", NOW));
        assertThrows(IllegalStateException.class, () -> message.claim("d2", NOW, NOW));
    }

    @Test
    void aFailedAttemptWaitsForItsNextOneAndALapsedClaimIsTakenOver() {
        OutboxMessage message = pending(false);
        message.claim("d1", NOW, NOW.plusSeconds(60));
        message.retryAt(NOW.plusSeconds(5), "provider answered 503", NOW);
        assertEquals(OutboxStatus.PENDING, message.status);
        assertEquals(NOW.plusSeconds(5), message.nextAttemptAt);
        assertEquals("provider answered 503", message.lastError);
        message.claim("d1", NOW.plusSeconds(5), NOW.plusSeconds(65));
        message.claim("d2", NOW.plusSeconds(70), NOW.plusSeconds(130)); // d1 died: its lease lapsed
        assertEquals("d2", message.leaseOwner);
        message.fail("provider answered 400", NOW.plusSeconds(71));
        assertEquals(OutboxStatus.FAILED, message.status);
        assertEquals(2, message.attempts);
        assertThrows(IllegalStateException.class, () -> message.retryAt(NOW, "late", NOW));
    }

    @Test
    void onlyAFinishedMessageIsQueuedAgainWithFreshAttempts() {
        OutboxMessage message = pending(false);
        assertThrows(IllegalStateException.class, () -> message.requeue(NOW), "a pending message is queued already");
        message.claim("d1", NOW, NOW.plusSeconds(60));
        assertThrows(IllegalStateException.class, () -> message.requeue(NOW), "a message being sent is queued already");
        message.fail("refused", NOW);
        message.requeue(NOW.plusSeconds(9));
        assertEquals(OutboxStatus.PENDING, message.status);
        assertEquals(0, message.attempts);
        assertEquals(NOW.plusSeconds(9), message.nextAttemptAt);
        assertNull(message.lastError);
    }

    @Test
    void aDeliveryReportAppliesOnlyToAnAcceptedMessage() {
        OutboxMessage message = pending(false);
        assertFalse(message.awaitsDeliveryReport());
        assertThrows(IllegalStateException.class, () -> message.reportDelivery(true, null, NOW));
        message.claim("d1", NOW, NOW.plusSeconds(60));
        message.sent("p", NOW);
        assertTrue(message.awaitsDeliveryReport());
        message.reportDelivery(true, null, NOW);
        assertEquals(OutboxStatus.DELIVERED, message.status);
        message.reportDelivery(false, "handset unreachable", NOW); // a later, final report wins
        assertEquals(OutboxStatus.FAILED, message.status);
        assertEquals("handset unreachable", message.lastError);
    }

    @Test
    void aSecretIsWipedOnceSentOrFailedButKeptForItsRetries() {
        OutboxMessage sent = pending(true);
        sent.claim("d1", NOW, NOW.plusSeconds(60));
        sent.retryAt(NOW, "timeout", NOW);
        assertTrue(sent.payload.contains("123456"), "a retry still needs the code");
        sent.claim("d1", NOW, NOW.plusSeconds(60));
        sent.sent("p", NOW);
        assertEquals(OutboxMessage.WIPED, sent.payload);
        OutboxMessage failed = pending(true);
        failed.claim("d1", NOW, NOW.plusSeconds(60));
        failed.fail("refused", NOW);
        assertEquals(OutboxMessage.WIPED, failed.payload);
    }
}
