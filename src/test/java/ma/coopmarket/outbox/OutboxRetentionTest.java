package ma.coopmarket.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

/** Finished outbox messages go after the retention period, with their webhook attempts; nothing else does. */
@QuarkusTest
class OutboxRetentionTest {

    @Inject
    OutboxRetention retention;
    @Inject
    DataSource dataSource;

    private String message(String channel, String status, Instant createdAt) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into outbox_message (id, channel, destination, event_type, payload, status, attempts,"
                        + " next_attempt_at, created_at, updated_at) values (?, ?, 'retention-test', 'TEST', '{}', ?, 1, ?, ?, ?)")) {
            Timestamp at = Timestamp.from(createdAt);
            insert.setString(1, id);
            insert.setString(2, channel);
            insert.setString(3, status);
            insert.setTimestamp(4, at);
            insert.setTimestamp(5, at);
            insert.setTimestamp(6, at);
            insert.executeUpdate();
        }
        return id;
    }

    private void attempt(String deliveryId, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into webhook_attempt (id, delivery_id, endpoint_id, attempted_at, duration_ms, succeeded)"
                        + " values (?, ?, 'retention-test', ?, 12, true)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, deliveryId);
            insert.setTimestamp(3, Timestamp.from(at));
            insert.executeUpdate();
        }
    }

    private long count(String sql, String id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private boolean exists(String messageId) throws SQLException {
        return count("select count(*) from outbox_message where id = ?", messageId) == 1;
    }

    @Test
    void finishedMessagesOlderThanTheRetentionGoWithTheirAttempts() throws SQLException {
        Instant now = Instant.now();
        Instant old = now.minus(Duration.ofDays(40));
        Instant recent = now.minus(Duration.ofDays(5));
        String oldSent = message(RecordingChannel.NAME, "SENT", old);
        String oldFailed = message(RecordingChannel.NAME, "FAILED", old);
        String oldPending = message(RecordingChannel.NAME, "PENDING", old);
        String oldSending = message(RecordingChannel.NAME, "SENDING", old);
        String recentSent = message(RecordingChannel.NAME, "SENT", recent);
        String oldWebhook = message("WEBHOOK", "DELIVERED", old);
        String recentWebhook = message("WEBHOOK", "DELIVERED", recent);
        attempt(oldWebhook, old);
        attempt(oldWebhook, old.plusSeconds(30));
        attempt(recentWebhook, recent);

        long deleted = retention.purgeBefore(now.minus(Duration.ofDays(30)));

        assertEquals(3, deleted, "the old SENT, FAILED and DELIVERED messages");
        for (String gone : List.of(oldSent, oldFailed, oldWebhook)) {
            assertEquals(false, exists(gone), gone);
        }
        for (String kept : List.of(oldPending, oldSending, recentSent, recentWebhook)) {
            assertEquals(true, exists(kept), kept);
        }
        assertEquals(0, count("select count(*) from webhook_attempt where delivery_id = ?", oldWebhook));
        assertEquals(1, count("select count(*) from webhook_attempt where delivery_id = ?", recentWebhook));
        assertEquals(0, retention.purgeBefore(now.minus(Duration.ofDays(30))), "nothing left to delete");
    }
}
