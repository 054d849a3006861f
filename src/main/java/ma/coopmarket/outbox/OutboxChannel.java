package ma.coopmarket.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Delivers the messages of one channel (e.g. {@code SMS}, {@code WEBHOOK}). Implementations are
 * CDI beans; the dispatcher calls them outside any transaction, with the message's stable id.
 */
public interface OutboxChannel {

    /** The channel name stored on messages. */
    String name();

    /** Attempts before a message is FAILED. */
    int maxAttempts();

    /** This channel's backoff between attempts, or empty for the dispatcher's ({@code coopmarket.outbox.*}). */
    default Optional<Backoff> backoff() {
        return Optional.empty();
    }

    /** Exponential backoff: {@code base} doubled after each failed attempt, capped at {@code max}. */
    record Backoff(Duration base, Duration max) {
    }

    /** What a channel is given of a message to deliver: its stable id, recipient, event and payload. */
    record Delivery(String id, String destination, String eventType, String payload, boolean secret,
            Instant createdAt) {
    }

    /** Sends one message; never throws for a delivery failure, returns it instead. */
    DeliveryResult deliver(Delivery message);

    /** The outcome of one attempt. */
    record DeliveryResult(Outcome outcome, String providerRef, String error) {

        public enum Outcome {
            SENT, RETRY, FAIL
        }

        public static DeliveryResult sent(String providerRef) {
            return new DeliveryResult(Outcome.SENT, providerRef, null);
        }

        public static DeliveryResult retry(String error) {
            return new DeliveryResult(Outcome.RETRY, null, error);
        }

        public static DeliveryResult fail(String error) {
            return new DeliveryResult(Outcome.FAIL, null, error);
        }
    }
}
