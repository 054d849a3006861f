package ma.coopmarket.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import ma.coopmarket.shared.error.ConflictException;
import ma.coopmarket.shared.error.NotFoundException;
import ma.coopmarket.shared.persistence.Ids;

/**
 * Writes messages into the outbox. {@link #enqueue} must run inside the transaction of the event
 * that causes the message: if that transaction rolls back, the message never existed.
 */
@ApplicationScoped
public class OutboxService {

    private final OutboxRepository messages;
    private final ObjectMapper json;

    public OutboxService(OutboxRepository messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** Queues a message in the caller's transaction; returns its id (stable across its attempts). */
    @Transactional(Transactional.TxType.MANDATORY)
    public String enqueue(String channel, String destination, String eventType, String aggregateId,
            Object payload) {
        return enqueue(channel, destination, eventType, aggregateId, payload, false).id;
    }

    /**
     * Like {@link #enqueue(String, String, String, String, Object)}, for a payload carrying a secret
     * (a one-time code): operators never see it, the log gateways mask it, it is wiped once the message
     * is sent or has failed, and the message cannot be replayed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String enqueueSecret(String channel, String destination, String eventType, String aggregateId,
            Object payload) {
        return enqueue(channel, destination, eventType, aggregateId, payload, true).id;
    }

    private OutboxMessage enqueue(String channel, String destination, String eventType, String aggregateId,
            Object payload, boolean secret) {
        OutboxMessage message = new OutboxMessage();
        message.secret = secret;
        message.id = Ids.newId();
        message.channel = channel;
        message.destination = destination;
        message.eventType = eventType;
        message.aggregateId = aggregateId;
        message.payload = payload instanceof String text ? text : write(payload);
        message.status = OutboxStatus.PENDING;
        message.attempts = 0;
        message.createdAt = Instant.now();
        message.updatedAt = message.createdAt;
        message.nextAttemptAt = message.createdAt;
        messages.persist(message);
        return message;
    }

    /** Puts a FAILED message back in the queue for a fresh round of attempts. */
    @Transactional
    public OutboxMessage retry(String id) {
        OutboxMessage message = messages.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Message", id));
        if (message.status != OutboxStatus.FAILED) {
            throw new ConflictException("not-failed", "Message not failed",
                    "Only FAILED messages can be retried; this one is " + message.status + ".");
        }
        return requeue(message);
    }

    /**
     * Queues a message again whatever became of it (sent, delivered or failed), with the same id:
     * its recipient asked to receive it again. A message still waiting or being sent is a 409.
     */
    @Transactional
    public OutboxMessage replay(String id) {
        OutboxMessage message = messages.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (message == null) {
            throw new NotFoundException("Message", id);
        }
        if (message.status == OutboxStatus.PENDING || message.status == OutboxStatus.SENDING) {
            throw new ConflictException("still-queued", "Message still queued",
                    "This message is " + message.status + " already; it will be sent without a replay.");
        }
        return requeue(message);
    }

    /** Queues again the FAILED messages of one destination created since {@code since}; returns how many. */
    @Transactional
    public int replayFailed(String channel, String destination, Instant since) {
        return messages.requeueFailed(channel, destination, since, Instant.now());
    }

    private OutboxMessage requeue(OutboxMessage message) {
        if (message.secret) {
            throw new ConflictException("secret-message", "Message carries a secret",
                    "This message carried a one-time code, wiped once it was sent or failed: ask for a new code.");
        }
        message.requeue(Instant.now());
        return message;
    }

    /** Deletes the messages to these phones or addresses, sent or not (their owner's account is deleted). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetDestinations(List<String> destinations) {
        if (!destinations.isEmpty()) {
            messages.delete("destination in ?1", destinations);
        }
    }

    /** Records a provider's delivery report for a message it accepted. */
    @Transactional
    public void markDelivered(String id, boolean delivered, String error) {
        messages.findByIdOptional(id).ifPresent(message -> {
            if (message.awaitsDeliveryReport()) {
                message.reportDelivery(delivered, truncate(error), Instant.now());
            }
        });
    }

    static String truncate(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }

    private String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise outbox payload", e);
        }
    }
}
