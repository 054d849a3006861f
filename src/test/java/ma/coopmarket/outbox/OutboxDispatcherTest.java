package ma.coopmarket.outbox;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.Dispatching;
import ma.coopmarket.support.TestData;

@QuarkusTest
class OutboxDispatcherTest extends ApiTest {

    @Inject
    OutboxService outbox;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    OutboxRepository messages;
    @Inject
    RecordingChannel channel;

    private String enqueue(String destination) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(RecordingChannel.NAME, destination, "TEST_EVENT",
                null, Map.of("text", "Salam")));
    }

    private OutboxStatus status(String id) {
        return QuarkusTransaction.requiringNew().call(() -> messages.findById(id).status);
    }

    /** Dispatches until nothing is due for this destination's messages or the time is up. */
    private void drain(String id) {
        Dispatching.drain(dispatcher, id, () -> status(id));
    }

    @Test
    void sendsEachMessageOnceWithItsStableId() throws InterruptedException {
        String destination = "+2126" + TestData.token();
        String id = enqueue(destination);
        drain(id);
        dispatcher.dispatch("test");
        assertEquals(List.of(id), channel.deliveredIds(destination));
        assertEquals(OutboxStatus.SENT, status(id));
        assertEquals("prov-" + id, QuarkusTransaction.requiringNew().call(() -> messages.findById(id).providerRef));
    }

    @Test
    void retriesWithBackoffUntilTheProviderAccepts() throws InterruptedException {
        String destination = "+2126" + TestData.token();
        channel.failFirst(destination, 2);
        String id = enqueue(destination);
        drain(id);
        assertEquals(OutboxStatus.SENT, status(id));
        assertEquals(3, channel.calls(destination));
        assertEquals(1, channel.deliveredIds(destination).size());
        assertEquals(3, QuarkusTransaction.requiringNew().call(() -> messages.findById(id).attempts));
    }

    @Test
    void givesUpAfterTheMaximumAndAnAdminCanRetry() throws InterruptedException {
        String destination = "+2126" + TestData.token();
        channel.failFirst(destination, 1000);
        String id = enqueue(destination);
        drain(id);
        assertEquals(OutboxStatus.FAILED, status(id));
        assertEquals(RecordingChannel.MAX_ATTEMPTS, channel.calls(destination));

        TestData.asAdmin().get("/api/v1/admin/messages?channel=TEST&status=FAILED&destination={d}", destination)
                .then().statusCode(200).body("items[0].id", equalTo(id))
                .body("items[0].lastError", equalTo("provider answered 503"));
        TestData.as(TestData.customerToken()).get("/api/v1/admin/messages").then().statusCode(403);

        channel.failFirst(destination, 0);
        TestData.asAdmin().post("/api/v1/admin/messages/{id}/retry", id).then().statusCode(200)
                .body("status", equalTo("PENDING"));
        TestData.asAdmin().post("/api/v1/admin/messages/{id}/retry", id).then().statusCode(409);
        drain(id);
        assertEquals(OutboxStatus.SENT, status(id));
    }

    @Test
    void aRolledBackTransactionLeavesNoMessage() {
        String destination = "+2126" + TestData.token();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(RecordingChannel.NAME, destination, "TEST_EVENT", null, Map.of("text", "x"));
            throw new IllegalStateException("the event failed");
        }));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> messages.count("destination", destination)));
    }

    @Test
    void twoDispatchersAtOnceSendEachMessageExactlyOnce() throws Exception {
        String destination = "+2126" + TestData.token();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ids.add(enqueue(destination));
        }
        Dispatching.inParallel(dispatcher, List.of("instance-a", "instance-b"), 20);
        List<String> delivered = channel.deliveredIds(destination);
        assertEquals(120, delivered.size(), "every message delivered");
        assertEquals(new HashSet<>(ids), new HashSet<>(delivered), "each exactly once");
    }

    @Test
    void aCrashedDispatchersClaimIsTakenOverAfterItsLease() throws InterruptedException {
        String destination = "+2126" + TestData.token();
        String id = enqueue(destination);
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage m = messages.findById(id);
            m.claim("crashed-instance", Instant.now().minusSeconds(61), Instant.now().minusSeconds(1));
        });
        drain(id);
        assertEquals(OutboxStatus.SENT, status(id));
        assertEquals(List.of(id), channel.deliveredIds(destination));
        assertTrue(dispatcher.backoff(3).toMillis() > 0);
    }
}
