package ma.coopmarket.order;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.Map;
import java.util.TimeZone;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import ma.coopmarket.shared.crypto.Hashes;
import ma.coopmarket.shared.idempotency.IdempotencyStore;
import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

@QuarkusTest
class IdempotencyTest extends ApiTest {

    @Inject
    DataSource dataSource;
    @Inject
    IdempotencyStore store;

    private static Response post(String token, String key, Map<String, Object> body) {
        return TestData.as(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/orders");
    }

    @Test
    void sameKeyAndBodyReplaysTheFirstResponse() {
        String coop = TestData.createCooperative(TestData.token());
        String product = TestData.productWith(coop, "10.00", 10);
        String token = TestData.customerToken();
        String key = TestData.token();
        Response first = post(token, key, TestData.order(product, 2));
        first.then().statusCode(201);
        assertNull(first.header("Idempotent-Replayed"));

        Response replay = post(token, key, TestData.order(product, 2));
        replay.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/api/v1/orders/" + first.path("id")));
        assertEquals(first.jsonPath().getMap("$"), replay.jsonPath().getMap("$"));
        assertEquals(8, TestData.stockOf(product));
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String coop = TestData.createCooperative(TestData.token());
        String product = TestData.productWith(coop, "10.00", 10);
        String token = TestData.customerToken();
        String key = TestData.token();
        post(token, key, TestData.order(product, 1)).then().statusCode(201);
        post(token, key, TestData.order(product, 3)).then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/idempotency-key-reused"));
        assertEquals(9, TestData.stockOf(product));
    }

    @Test
    void keysAreScopedToTheCaller() {
        String coop = TestData.createCooperative(TestData.token());
        String product = TestData.productWith(coop, "10.00", 10);
        String key = TestData.token();
        String one = post(TestData.customerToken(), key, TestData.order(product, 1)).then().statusCode(201).extract().path("id");
        String two = post(TestData.customerToken(), key, TestData.order(product, 1)).then().statusCode(201).extract().path("id");
        assertEquals(false, one.equals(two));
        assertEquals(8, TestData.stockOf(product));
    }

    @Test
    void aFailedRequestFreesItsKey() {
        String coop = TestData.createCooperative(TestData.token());
        String product = TestData.productWith(coop, "10.00", 1);
        String token = TestData.customerToken();
        String key = TestData.token();
        post(token, key, TestData.order(product, 2)).then().statusCode(409).body("type", endsWith("/insufficient-stock"));
        Map<String, Object> restock = TestData.product("RESTOCK");
        restock.put("stock", 5);
        TestData.asAdmin().contentType(ContentType.JSON).body(restock).put("/api/v1/products/{id}", product).then().statusCode(200);
        post(token, key, TestData.order(product, 2)).then().statusCode(201).body("parts[0].lines[0].quantity", equalTo(2));
    }

    @Test
    void malformedKeyIs400() {
        String coop = TestData.createCooperative(TestData.token());
        String product = TestData.productWith(coop, "10.00", 1);
        post(TestData.customerToken(), "x".repeat(256), TestData.order(product, 1)).then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    /** The caller and request hash the server recorded for a key (as a claim of the same request would hold). */
    private String[] recorded(String key) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT caller_id, request_hash, claim_token, state FROM idempotency_key WHERE idempotency_key = ?")) {
            select.setString(1, key);
            try (ResultSet r = select.executeQuery()) {
                return r.next() ? new String[] { r.getString(1), r.getString(2), r.getString(3), r.getString(4) } : null;
            }
        }
    }

    /** A key left IN_PROGRESS, as by an instance killed while it placed the order, its lease ending at {@code leaseUntil}. */
    private void leftInProgress(String callerId, String key, String requestHash, Instant leaseUntil) throws SQLException {
        leftInProgress(callerId, key, requestHash, Instant.now().minus(Duration.ofMinutes(5)), leaseUntil);
    }

    /** The same, claimed at {@code createdAt}; without a lease ({@code leaseUntil} null) as by an instance older than V15. */
    private void leftInProgress(String callerId, String key, String requestHash, Instant createdAt, Instant leaseUntil)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO idempotency_key (id, caller_id, idempotency_key, request_hash, state, created_at, expires_at,"
                        + " lease_until, claim_token) VALUES (?, ?, ?, ?, 'IN_PROGRESS', ?, ?, ?, ?)")) {
            // In UTC, as Hibernate writes instants (quarkus.hibernate-orm.jdbc.timezone).
            Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            insert.setString(1, Hashes.sha256Hex(callerId + "\n" + key));
            insert.setString(2, callerId);
            insert.setString(3, key);
            insert.setString(4, requestHash);
            insert.setTimestamp(5, Timestamp.from(createdAt), utc);
            insert.setTimestamp(6, Timestamp.from(createdAt.plus(Duration.ofHours(24))), utc);
            if (leaseUntil == null) {
                insert.setNull(7, java.sql.Types.TIMESTAMP);
                insert.setNull(8, java.sql.Types.VARCHAR);
            } else {
                insert.setTimestamp(7, Timestamp.from(leaseUntil), utc);
                insert.setString(8, "killed-instance");
            }
            insert.executeUpdate();
        }
    }

    @Test
    void aKeyLeftInProgressByADeadRequestIsTakenOverOnceItsLeaseLapses() throws SQLException {
        String coop = TestData.createCooperative(TestData.token());
        String product = TestData.productWith(coop, "10.00", 10);
        String token = TestData.customerToken();
        String first = TestData.token();
        post(token, first, TestData.order(product, 1)).then().statusCode(201);
        String[] claim = recorded(first); // caller and hash of this very body

        // Lease still running: the request may yet commit, so a retry waits.
        String running = TestData.token();
        leftInProgress(claim[0], running, claim[1], Instant.now().plus(Duration.ofMinutes(1)));
        post(token, running, TestData.order(product, 1)).then().statusCode(409).header("Retry-After", "1")
                .body("type", endsWith("/idempotency-key-in-progress"));

        // Lease over: the retry with the same body places the order, once; the next one replays it.
        String lapsed = TestData.token();
        leftInProgress(claim[0], lapsed, claim[1], Instant.now().minus(Duration.ofSeconds(1)));
        post(token, lapsed, TestData.order(product, 2)).then().statusCode(422)
                .body("type", endsWith("/idempotency-key-reused"));
        String placed = post(token, lapsed, TestData.order(product, 1)).then().statusCode(201).extract().path("id");
        post(token, lapsed, TestData.order(product, 1)).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(placed));
        assertEquals(8, TestData.stockOf(product));
        assertEquals("COMPLETED", recorded(lapsed)[3]);

        // A claim without a lease (an instance older than V15, during a rolling deploy): running while
        // younger than twice the lease, lapsed after.
        String unleasedRunning = TestData.token();
        leftInProgress(claim[0], unleasedRunning, claim[1], Instant.now().minusSeconds(30), null);
        post(token, unleasedRunning, TestData.order(product, 1)).then().statusCode(409)
                .body("type", endsWith("/idempotency-key-in-progress"));
        String unleasedLapsed = TestData.token();
        leftInProgress(claim[0], unleasedLapsed, claim[1], Instant.now().minusSeconds(121), null);
        post(token, unleasedLapsed, TestData.order(product, 1)).then().statusCode(201);
        assertEquals(7, TestData.stockOf(product));
    }

    @Test
    void aCompletedKeyIsNeverFreedAndAStaleClaimCannotComplete() throws SQLException {
        String coop = TestData.createCooperative(TestData.token());
        String product = TestData.productWith(coop, "10.00", 10);
        String token = TestData.customerToken();
        String key = TestData.token();
        String placed = post(token, key, TestData.order(product, 1)).then().statusCode(201).extract().path("id");
        String[] claim = recorded(key);
        String id = Hashes.sha256Hex(claim[0] + "\n" + key);

        // A request whose commit succeeded but reached it as a failure frees its key: the key stays
        // completed, and the retry replays the order instead of placing it twice.
        store.release(id, claim[2]);
        post(token, key, TestData.order(product, 1)).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(placed));
        assertEquals(9, TestData.stockOf(product));

        // A claim taken over by a retry: the first request can no longer record its response.
        String other = TestData.token();
        leftInProgress(claim[0], other, claim[1], Instant.now().minus(Duration.ofSeconds(1)));
        String otherId = Hashes.sha256Hex(claim[0] + "\n" + other);
        assertEquals(true, store.takeOver(otherId, claim[1], "retry", Instant.now(), Instant.now().plusSeconds(60),
                Instant.now().minusSeconds(120)));
        assertEquals(false, store.takeOver(otherId, claim[1], "second-retry", Instant.now(),
                Instant.now().plusSeconds(60), Instant.now().minusSeconds(120)));
        assertEquals(false, io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> store.complete(otherId, "killed-instance", 201, "{}")));
        assertEquals(true, io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> store.complete(otherId, "retry", 201, "{}")));
    }
}
