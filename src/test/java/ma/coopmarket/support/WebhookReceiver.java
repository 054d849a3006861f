package ma.coopmarket.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner's webhook receiver for tests: a JDK HTTP server on 127.0.0.1 (loopback only) that
 * records every call and answers with scripted statuses (then a default, 200 unless told).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request received, and the status it was answered with. */
    public record Call(Headers headers, byte[] body, int answered) {

        public String header(String name) {
            return headers.getFirst(name);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Queue<Integer> script = new ConcurrentLinkedQueue<>();
    private volatile int otherwise = 200;

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Integer scripted = script.poll();
            int status = scripted != null ? scripted : otherwise;
            calls.add(new Call(exchange.getRequestHeaders(), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(threads);
        server.start();
    }

    public static WebhookReceiver start() {
        try {
            return new WebhookReceiver();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Answers the next calls with these statuses, in order, then with the default. */
    public WebhookReceiver answer(int... statuses) {
        for (int status : statuses) {
            script.add(status);
        }
        return this;
    }

    /** Answers every call (after the scripted ones) with {@code status}. */
    public WebhookReceiver always(int status) {
        otherwise = status;
        return this;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
