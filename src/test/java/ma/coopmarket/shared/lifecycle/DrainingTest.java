package ma.coopmarket.shared.lifecycle;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import ma.coopmarket.outbox.OutboxDispatcher;
import ma.coopmarket.sms.SmsChannel;

/**
 * Shutting down (SIGTERM): readiness has Quarkus' graceful shutdown check, and the outbox dispatcher
 * hands back what it claimed instead of sending it.
 */
@QuarkusTest
class DrainingTest {

    @Inject
    Draining draining;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    DataSource dataSource;

    @Test
    void readinessHasTheGracefulShutdownCheck() {
        // Quarkus' own check, DOWN from SIGTERM on (quarkus.shutdown.delay-enabled); UP while serving.
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Graceful Shutdown' }.status", org.hamcrest.Matchers.equalTo("UP"));
    }

    @Test
    void aStoppingDispatcherHandsBackWhatItClaimed() throws SQLException {
        String id = UUID.randomUUID().toString();
        // Due long ago, so that it is first in the dispatcher's batch (oldest due first).
        Timestamp longAgo = Timestamp.valueOf("2000-01-01 00:00:00");
        draining.start();
        try {
            try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                    "insert into outbox_message (id, channel, destination, event_type, payload, status, attempts,"
                            + " next_attempt_at, created_at, updated_at) values (?, ?, '+212600000001', 'TEST', '{}',"
                            + " 'PENDING', 0, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, SmsChannel.NAME);
                insert.setTimestamp(3, longAgo);
                insert.setTimestamp(4, longAgo);
                insert.setTimestamp(5, longAgo);
                insert.executeUpdate();
            }
            assertEquals(0, dispatcher.dispatch("stopping-instance"));
        } finally {
            draining.stop();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "select status, lease_owner, attempts, next_attempt_at from outbox_message where id = ?")) {
            select.setString(1, id);
            try (ResultSet r = select.executeQuery()) {
                r.next();
                // Claimed (the release moved its due time to now), not sent, and handed back.
                assertEquals("PENDING", r.getString(1));
                assertNull(r.getString(2));
                assertEquals(0, r.getInt(3));
                assertTrue(r.getTimestamp(4).after(longAgo), "claimed and released, not left untouched");
            }
        }
    }
}
