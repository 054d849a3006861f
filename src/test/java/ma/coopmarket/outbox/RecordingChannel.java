package ma.coopmarket.outbox;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A channel for tests: records every delivery, and for a destination can be told to fail its
 * first N attempts (or always).
 */
@ApplicationScoped
public class RecordingChannel implements OutboxChannel {

    public static final String NAME = "TEST";
    public static final int MAX_ATTEMPTS = 4;

    private final List<Delivery> delivered = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int maxAttempts() {
        return MAX_ATTEMPTS;
    }

    @Override
    public DeliveryResult deliver(Delivery message) {
        calls.computeIfAbsent(message.destination(), d -> new AtomicInteger()).incrementAndGet();
        AtomicInteger left = failuresLeft.get(message.destination());
        if (left != null && left.getAndDecrement() > 0) {
            return DeliveryResult.retry("provider answered 503");
        }
        delivered.add(message);
        return DeliveryResult.sent("prov-" + message.id());
    }

    public void failFirst(String destination, int attempts) {
        failuresLeft.put(destination, new AtomicInteger(attempts));
    }

    public List<String> deliveredIds(String destination) {
        return delivered.stream().filter(m -> m.destination().equals(destination)).map(Delivery::id).toList();
    }

    public int calls(String destination) {
        AtomicInteger n = calls.get(destination);
        return n == null ? 0 : n.get();
    }
}
