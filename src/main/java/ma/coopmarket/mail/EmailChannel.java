package ma.coopmarket.mail;


import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import ma.coopmarket.outbox.JsonPayloadChannel;
import ma.coopmarket.outbox.OutboxChannel.Delivery;

/** The outbox channel for e-mail: hands each message to the configured {@link Mailer}. */
@Singleton
public class EmailChannel extends JsonPayloadChannel<EmailPayload> {

    public static final String NAME = "EMAIL";

    private final Mailer mailer;

    public EmailChannel(MailConfig config, Instance<Mailer> mailers, ObjectMapper json) {
        super(NAME, config.maxAttempts(), json, EmailPayload.class);
        String wanted = config.gateway();
        this.mailer = mailers.stream().filter(m -> m.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no mailer named '" + wanted + "' (coopmarket.mail.gateway)"));
    }

    @Override
    protected DeliveryResult deliver(Delivery message, EmailPayload payload) {
        return mailer.send(message.id(), payload, message.secret());
    }
}
