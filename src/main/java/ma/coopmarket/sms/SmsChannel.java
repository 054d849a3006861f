package ma.coopmarket.sms;


import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import ma.coopmarket.outbox.JsonPayloadChannel;
import ma.coopmarket.outbox.OutboxChannel.Delivery;

/** The outbox channel for SMS: hands each message to the configured gateway ({@code log} or {@code http}). */
@Singleton
public class SmsChannel extends JsonPayloadChannel<SmsPayload> {

    public static final String NAME = "SMS";

    private final SmsGateway gateway;

    public SmsChannel(SmsConfig config, ObjectMapper json) {
        super(NAME, config.maxAttempts(), json, SmsPayload.class);
        this.gateway = switch (config.gateway()) {
            case "http" -> new HttpSmsGateway(config.http(), json);
            case "log" -> new LogSmsGateway(config.logCodes());
            default -> throw new IllegalStateException("coopmarket.sms.gateway must be log or http");
        };
    }

    @Override
    protected DeliveryResult deliver(Delivery message, SmsPayload payload) {
        return gateway.send(message.id(), message.destination(), SmsText.of(payload.text()), message.secret());
    }
}
