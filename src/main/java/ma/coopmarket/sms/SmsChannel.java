package ma.coopmarket.sms;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import ma.coopmarket.outbox.OutboxChannel;
import ma.coopmarket.outbox.OutboxChannel.Delivery;

/** The outbox channel for SMS: hands each message to the configured gateway ({@code log} or {@code http}). */
@ApplicationScoped
public class SmsChannel implements OutboxChannel {

    public static final String NAME = "SMS";

    private final SmsGateway gateway;
    private final ObjectMapper json;
    private final int maxAttempts;

    public SmsChannel(SmsConfig config, ObjectMapper json) {
        this.json = json;
        this.maxAttempts = config.maxAttempts();
        this.gateway = switch (config.gateway()) {
            case "http" -> new HttpSmsGateway(config.http(), json);
            case "log" -> new LogSmsGateway(config.logCodes());
            default -> throw new IllegalStateException("coopmarket.sms.gateway must be log or http");
        };
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int maxAttempts() {
        return maxAttempts;
    }

    @Override
    public DeliveryResult deliver(Delivery message) {
        try {
            SmsPayload payload = json.readValue(message.payload(), SmsPayload.class);
            return gateway.send(message.id(), message.destination(), SmsText.of(payload.text()), message.secret());
        } catch (IOException e) {
            return DeliveryResult.fail("unreadable SMS payload");
        }
    }
}
