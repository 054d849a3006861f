package ma.coopmarket.sms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ma.coopmarket.outbox.OutboxChannel.DeliveryResult;
import ma.coopmarket.shared.lifecycle.Lazy;

/**
 * Sends SMS through a provider's HTTP API, the way most work: a JSON POST with a credential
 * header, bounded by connect and request timeouts. 2xx is sent; 408, 429 and 5xx and network
 * errors are retried; other 4xx are final failures.
 */
public class HttpSmsGateway implements SmsGateway {

    private final Lazy<HttpClient> client;
    private final ObjectMapper json;
    private final SmsConfig.Http config;
    private final URI url;

    public HttpSmsGateway(SmsConfig.Http config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.url = URI.create(config.url().orElseThrow(
                () -> new IllegalStateException("coopmarket.sms.http.url (SMS_HTTP_URL) is required with SMS_GATEWAY=http")));
        this.client = Lazy.of(() -> HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build());
    }

    @Override
    public DeliveryResult send(String messageId, String to, SmsText text, boolean secret) {
        try {
            String body = json.writeValueAsString(Map.of("id", messageId, "to", to, "text", text.text(),
                    "encoding", text.encoding().name(), "segments", text.segments()));
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", messageId)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            config.authValue().ifPresent(value -> request.header(config.authHeader(), value));
            HttpResponse<String> response = client.get().send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return DeliveryResult.sent(providerRef(response.body(), messageId));
            }
            String error = "provider answered " + status;
            return status == 408 || status == 429 || status >= 500 ? DeliveryResult.retry(error) : DeliveryResult.fail(error);
        } catch (IOException e) {
            return DeliveryResult.retry("provider unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.retry("interrupted");
        }
    }

    private String providerRef(String body, String fallback) {
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.hasNonNull("id") ? node.get("id").asText() : fallback;
        } catch (IOException e) {
            return fallback;
        }
    }
}
