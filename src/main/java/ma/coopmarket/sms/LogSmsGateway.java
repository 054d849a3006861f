package ma.coopmarket.sms;

import org.jboss.logging.Logger;

import ma.coopmarket.outbox.OutboxChannel.DeliveryResult;

/**
 * Writes SMS to the log instead of sending them: the quick start and local development. The digits
 * of a message carrying a one-time code are masked unless {@code coopmarket.sms.log-codes} is on
 * (local trials of the sign-in by SMS only: never in production).
 */
public class LogSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(LogSmsGateway.class);

    private final boolean logCodes;

    public LogSmsGateway(boolean logCodes) {
        this.logCodes = logCodes;
    }

    @Override
    public DeliveryResult send(String messageId, String to, SmsText text, boolean secret) {
        String shown = secret && !logCodes ? text.text().replaceAll("[0-9\u0660-\u0669]", "*") : text.text();
        LOG.infof("SMS %s to %s (%s, %d segment(s)): %s", messageId, to, text.encoding(), text.segments(), shown);
        return DeliveryResult.sent("log-" + messageId);
    }
}
