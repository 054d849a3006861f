package ma.coopmarket.sms;

import ma.coopmarket.shared.outbox.OutboxChannel.DeliveryResult;

/**
 * Sends one SMS through a provider. {@code messageId} is stable across retries: providers that
 * de-duplicate on it never send (or bill) a retried message twice.
 */
public interface SmsGateway {

    DeliveryResult send(String messageId, String to, SmsText text);
}
