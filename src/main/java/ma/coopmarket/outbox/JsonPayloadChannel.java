package ma.coopmarket.outbox;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A channel whose messages carry a JSON payload of type {@code T} (an SMS, an e-mail): reads it, and
 * fails the message for good if it cannot be read (a retry would not read it either). Its channels are
 * {@code @Singleton} beans (no client proxy, which would need a constructor without arguments).
 */
public abstract class JsonPayloadChannel<T> implements OutboxChannel {

    private final String name;
    private final int maxAttempts;
    private final ObjectMapper json;
    private final Class<T> payloadType;

    protected JsonPayloadChannel(String name, int maxAttempts, ObjectMapper json, Class<T> payloadType) {
        this.name = name;
        this.maxAttempts = maxAttempts;
        this.json = json;
        this.payloadType = payloadType;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int maxAttempts() {
        return maxAttempts;
    }

    @Override
    public DeliveryResult deliver(Delivery message) {
        T payload;
        try {
            payload = json.readValue(message.payload(), payloadType);
        } catch (IOException e) {
            return DeliveryResult.fail("unreadable " + name + " payload");
        }
        return deliver(message, payload);
    }

    /** Sends one message with its payload read; never throws for a delivery failure, returns it instead. */
    protected abstract DeliveryResult deliver(Delivery message, T payload);
}
