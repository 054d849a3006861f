package ma.coopmarket.mail;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import com.fasterxml.jackson.databind.ObjectMapper;

import ma.coopmarket.outbox.OutboxChannel;
import ma.coopmarket.outbox.OutboxChannel.Delivery;

/** The outbox channel for e-mail: hands each message to the configured {@link Mailer}. */
@ApplicationScoped
public class EmailChannel implements OutboxChannel {

    public static final String NAME = "EMAIL";

    private final Mailer mailer;
    private final ObjectMapper json;
    private final int maxAttempts;

    public EmailChannel(MailConfig config, Instance<Mailer> mailers, ObjectMapper json) {
        String wanted = config.gateway();
        this.mailer = mailers.stream().filter(m -> m.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no mailer named '" + wanted + "' (coopmarket.mail.gateway)"));
        this.json = json;
        this.maxAttempts = config.maxAttempts();
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
            return mailer.send(message.id(), json.readValue(message.payload(), EmailPayload.class), message.secret());
        } catch (IOException e) {
            return DeliveryResult.fail("unreadable e-mail payload");
        }
    }
}
