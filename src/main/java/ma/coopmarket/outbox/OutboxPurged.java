package ma.coopmarket.outbox;

import java.util.List;

/** Messages of {@code channel} about to be deleted by {@link OutboxRetention}, inside its transaction. */
public record OutboxPurged(String channel, List<String> messageIds) {
}
