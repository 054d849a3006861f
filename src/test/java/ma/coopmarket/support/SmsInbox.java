package ma.coopmarket.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * An SMS provider for tests: a JDK HTTP server on 127.0.0.1 (loopback only) that accepts every SMS
 * the http gateway sends and keeps them, so that tests read the codes as a phone would.
 */
public final class SmsInbox {

    /** One SMS received. */
    public record Sms(String to, String text) {
    }

    private static final List<Sms> RECEIVED = new CopyOnWriteArrayList<>();
    private static final HttpServer SERVER = start();

    private SmsInbox() {
    }

    /** The URL to give {@code coopmarket.sms.http.url}. */
    public static String url() {
        return "http://127.0.0.1:" + SERVER.getAddress().getPort() + "/send";
    }

    public static List<Sms> to(String phone) {
        return RECEIVED.stream().filter(s -> s.to().equals(phone)).toList();
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            ObjectMapper json = new ObjectMapper();
            server.createContext("/send", exchange -> {
                JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
                RECEIVED.add(new Sms(body.get("to").asText(), body.get("text").asText()));
                byte[] answer = ("{\"id\":\"inbox-" + body.get("id").asText() + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.setExecutor(Executors.newFixedThreadPool(2));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
