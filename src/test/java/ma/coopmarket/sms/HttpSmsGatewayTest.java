package ma.coopmarket.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Test;

import ma.coopmarket.outbox.OutboxDispatcher;
import ma.coopmarket.outbox.OutboxMessage;
import ma.coopmarket.outbox.OutboxRepository;
import ma.coopmarket.outbox.OutboxStatus;
import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.Dispatching;

/** The http gateway against a local stub standing in for the SMS provider (loopback only). */
@QuarkusTest
@TestProfile(HttpSmsGatewayTest.StubProvider.class)
class HttpSmsGatewayTest extends ApiTest {

    /** The provider stub: answers 500 a number of times per recipient, then 200; records every call. */
    static final class Stub {
        static final List<JsonNode> ACCEPTED = new CopyOnWriteArrayList<>();
        static final Map<String, AtomicInteger> FAILURES = new ConcurrentHashMap<>();
        static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
        static final List<String> AUTH = new CopyOnWriteArrayList<>();
        static final HttpServer SERVER = start();

        private static HttpServer start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                ObjectMapper json = new ObjectMapper();
                server.createContext("/send", exchange -> {
                    JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
                    String to = body.get("to").asText();
                    CALLS.computeIfAbsent(to, k -> new AtomicInteger()).incrementAndGet();
                    AUTH.add(exchange.getRequestHeaders().getFirst("X-Api-Token") + "|"
                            + exchange.getRequestHeaders().getFirst("Idempotency-Key") + "|" + body.get("id").asText());
                    AtomicInteger failures = FAILURES.get(to);
                    int status = failures != null && failures.getAndDecrement() > 0 ? 500 : 200;
                    if (status == 200) {
                        ACCEPTED.add(body);
                    }
                    byte[] answer = ("{\"id\":\"prov-" + body.get("id").asText() + "\"}").getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(status, answer.length);
                    exchange.getResponseBody().write(answer);
                    exchange.close();
                });
                server.setExecutor(Executors.newFixedThreadPool(4));
                server.start();
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static long accepted(String to) {
            return ACCEPTED.stream().filter(b -> b.get("to").asText().equals(to)).count();
        }
    }

    public static class StubProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("coopmarket.sms.gateway", "http",
                    "coopmarket.sms.http.url", "http://127.0.0.1:" + Stub.SERVER.getAddress().getPort() + "/send",
                    "coopmarket.sms.http.auth-header", "X-Api-Token",
                    "coopmarket.sms.http.auth-value", "secret-token",
                    "coopmarket.sms.max-attempts", "3");
        }
    }

    @Inject
    SmsNotifier notifier;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    OutboxRepository messages;

    private String queue(String phone, String text) {
        return QuarkusTransaction.requiringNew().call(() -> {
            notifier.send(phone, ma.coopmarket.shared.text.Language.fr, "TEST", null, text);
            return messages.find("destination", phone).list().get(0).id;
        });
    }

    private OutboxMessage message(String id) {
        return QuarkusTransaction.requiringNew().call(() -> messages.findById(id));
    }

    private void drain(String id) {
        Dispatching.drain(dispatcher, id, () -> message(id).status);
    }

    @Test
    void sendsOnceWithTheCredentialAndTheStableId() throws InterruptedException {
        String phone = SmsSupport.uniquePhone();
        String id = queue(phone, "Salam");
        drain(id);
        dispatcher.dispatch("test");
        assertEquals(1, Stub.accepted(phone));
        assertEquals("prov-" + id, message(id).providerRef);
        assertTrue(Stub.AUTH.contains("secret-token|" + id + "|" + id), Stub.AUTH.toString());
    }

    @Test
    void aGatewayFailingTwiceThenSucceedingDeliversOneMessage() throws InterruptedException {
        String phone = SmsSupport.uniquePhone();
        Stub.FAILURES.put(phone, new AtomicInteger(2));
        String id = queue(phone, "Commande 482193");
        drain(id);
        assertEquals(OutboxStatus.SENT, message(id).status);
        assertEquals(3, Stub.CALLS.get(phone).get());
        assertEquals(1, Stub.accepted(phone));
    }

    @Test
    void aGatewayThatAlwaysFailsEndsFailedAfterTheMaximum() throws InterruptedException {
        String phone = SmsSupport.uniquePhone();
        Stub.FAILURES.put(phone, new AtomicInteger(1000));
        String id = queue(phone, "Commande 482193");
        drain(id);
        OutboxMessage failed = message(id);
        assertEquals(OutboxStatus.FAILED, failed.status);
        assertEquals(3, failed.attempts);
        assertEquals(3, Stub.CALLS.get(phone).get());
        assertEquals("provider answered 500", failed.lastError);
    }

    @Test
    void twoDispatchersSendEachMessageExactlyOnce() throws Exception {
        String phone = SmsSupport.uniquePhone();
        for (int i = 0; i < 40; i++) {
            String text = "Message " + i;
            QuarkusTransaction.requiringNew().run(
                    () -> notifier.send(phone, ma.coopmarket.shared.text.Language.fr, "TEST", null, text));
        }
        Dispatching.inParallel(dispatcher, List.of("a", "b"), 10);
        List<String> sentIds = Stub.ACCEPTED.stream().filter(b -> b.get("to").asText().equals(phone))
                .map(b -> b.get("id").asText()).toList();
        assertEquals(40, sentIds.size());
        assertEquals(40, new HashSet<>(sentIds).size(), "no message sent twice");
        assertEquals(40, Stub.CALLS.get(phone).get(), "one call per message");
    }
}
