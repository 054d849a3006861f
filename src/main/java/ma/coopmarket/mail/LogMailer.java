package ma.coopmarket.mail;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import ma.coopmarket.outbox.OutboxChannel.DeliveryResult;

/** Writes e-mails to the log instead of sending them; a code's digits are masked unless told otherwise. */
@ApplicationScoped
public class LogMailer implements Mailer {

    private static final Logger LOG = Logger.getLogger(LogMailer.class);

    private final boolean logCodes;

    public LogMailer(MailConfig config) {
        this.logCodes = config.logCodes();
    }

    @Override
    public String name() {
        return "log";
    }

    @Override
    public DeliveryResult send(String messageId, EmailPayload email, boolean secret) {
        boolean mask = secret && !logCodes;
        LOG.infof("E-mail %s to %s: %s | %s", messageId, email.to(), mask ? masked(email.subject()) : email.subject(),
                mask ? masked(email.text()) : email.text());
        return DeliveryResult.sent("log-" + messageId);
    }

    private static String masked(String text) {
        return text.replaceAll("[0-9]", "*");
    }
}
