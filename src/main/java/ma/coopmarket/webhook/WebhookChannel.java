package ma.coopmarket.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.jboss.logging.Logger;

import ma.coopmarket.outbox.OutboxChannel;
import ma.coopmarket.outbox.OutboxChannel.Delivery;
import ma.coopmarket.shared.lifecycle.Lazy;
import ma.coopmarket.shared.persistence.Ids;

/**
 * Delivers webhook events: POSTs the event to the endpoint's URL, signed (see
 * {@link WebhookSignature}), with short timeouts and no redirects. A 2xx answer is a success;
 * anything else (or no answer) is retried by the outbox with this channel's backoff, over at
 * least 24 hours. Each attempt is logged for the partner, and counts in the endpoint's failure
 * streak, which disables it past the threshold. The body is built from the message alone, so it
 * is the same on every attempt; only the timestamp and signature change.
 */
@ApplicationScoped
public class WebhookChannel implements OutboxChannel {

    public static final String NAME = "WEBHOOK";
    private static final Logger LOG = Logger.getLogger(WebhookChannel.class);

    private final WebhookEndpointRepository endpoints;
    private final WebhookAttemptRepository attempts;
    private final WebhookTargetGuard guard;
    private final ObjectMapper json;
    private final WebhookConfig config;
    private final Lazy<HttpClient> http;

    public WebhookChannel(WebhookEndpointRepository endpoints, WebhookAttemptRepository attempts,
            WebhookTargetGuard guard, ObjectMapper json, WebhookConfig config) {
        this.endpoints = endpoints;
        this.attempts = attempts;
        this.guard = guard;
        this.json = json;
        this.config = config;
        this.http = Lazy.of(() -> HttpClient.newBuilder()
                .connectTimeout(this.config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int maxAttempts() {
        return config.maxAttempts();
    }

    @Override
    public Optional<Backoff> backoff() {
        return Optional.of(new Backoff(config.baseBackoff(), config.maxBackoff()));
    }

    /** What a delivery needs of its endpoint, read in a short transaction of its own. */
    private record Target(String url, String secret, WebhookEndpoint.Status status, String disabledReason) {
    }

    @Override
    public DeliveryResult deliver(Delivery message) {
        Target target = QuarkusTransaction.requiringNew().call(() -> endpoints.findByIdOptional(message.destination())
                .map(e -> new Target(e.url, e.secret, e.status, e.disabledReason)).orElse(null));
        if (target == null) {
            return DeliveryResult.fail("endpoint deleted");
        }
        if (target.status() == WebhookEndpoint.Status.DISABLED) {
            return DeliveryResult.fail("endpoint disabled; re-enable it, then replay this delivery");
        }
        Optional<String> refused = guard.refusal(target.url());
        if (refused.isPresent()) {
            String error = "target refused: URL " + refused.get();
            record(message, Instant.now(), 0, null, error);
            return DeliveryResult.fail(error);
        }
        byte[] body = body(message);
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.url()))
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "CoopMarket-Webhooks/1.0")
                .header(WebhookSignature.EVENT_ID_HEADER, message.id())
                .header(WebhookSignature.EVENT_TYPE_HEADER, message.eventType())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(target.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        Instant started = Instant.now();
        Integer status = null;
        String error;
        try {
            status = http.get().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            error = status / 100 == 2 ? null : "HTTP " + status;
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        record(message, started, (int) Duration.between(started, Instant.now()).toMillis(), status, error);
        return error == null ? DeliveryResult.sent("HTTP " + status) : DeliveryResult.retry(error);
    }

    /** The event as sent: {@code {"id", "type", "createdAt", "data"}}, the same bytes on every attempt. */
    byte[] body(Delivery message) {
        try {
            return ("{\"id\":" + json.writeValueAsString(message.id())
                    + ",\"type\":" + json.writeValueAsString(message.eventType())
                    + ",\"createdAt\":" + json.writeValueAsString(message.createdAt().toString())
                    + ",\"data\":" + message.payload() + "}").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a webhook body", e);
        }
    }

    /** Logs the attempt and moves the endpoint's failure streak, in a transaction of their own. */
    private void record(Delivery message, Instant at, int durationMs, Integer status, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookAttempt attempt = new WebhookAttempt();
            attempt.id = Ids.newId();
            attempt.deliveryId = message.id();
            attempt.endpointId = message.destination();
            attempt.attemptedAt = at;
            attempt.durationMs = durationMs;
            attempt.responseStatus = status;
            attempt.succeeded = error == null;
            attempt.error = error == null ? null : truncate(error);
            attempts.persist(attempt);
            if (error == null) {
                endpoints.succeeded(message.destination());
            } else {
                Instant now = Instant.now();
                String reason = truncate("Disabled after " + config.disableAfterFailures()
                        + " failed attempts in a row over at least " + config.disableAfter() + "; last error: " + error);
                if (endpoints.failed(message.destination(), now, config.disableAfterFailures(),
                        now.minus(config.disableAfter()), reason)) {
                    LOG.warnf("Webhook endpoint %s disabled: %s", message.destination(), reason);
                }
            }
        });
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
