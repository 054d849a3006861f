package ma.coopmarket.mail;

import ma.coopmarket.outbox.OutboxChannel.DeliveryResult;

/**
 * Sends one e-mail through a provider. {@code messageId} is stable across retries. A {@code secret}
 * e-mail (a one-time code) must never be written to a log. The default, {@link LogMailer}, writes
 * e-mails to the log; a provider is another implementation selected by {@code coopmarket.mail.gateway}.
 */
public interface Mailer {

    String name();

    DeliveryResult send(String messageId, EmailPayload email, boolean secret);
}
