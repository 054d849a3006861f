package ma.coopmarket.sms;

import ma.coopmarket.outbox.OutboxChannel.DeliveryResult;

/**
 * Sends one SMS through a provider. {@code messageId} is stable across retries: providers that
 * de-duplicate on it never send (or bill) a retried message twice. A {@code secret} text (a
 * one-time code) must never be written to a log.
 */
public interface SmsGateway {

    DeliveryResult send(String messageId, String to, SmsText text, boolean secret);
}
