package ma.coopmarket.sms;

import org.jboss.logging.Logger;

import ma.coopmarket.shared.outbox.OutboxChannel.DeliveryResult;

/** Writes SMS to the log instead of sending them: the quick start and local development. */
public class LogSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(LogSmsGateway.class);

    @Override
    public DeliveryResult send(String messageId, String to, SmsText text) {
        LOG.infof("SMS %s to %s (%s, %d segment(s)): %s", messageId, to, text.encoding(), text.segments(), text.text());
        return DeliveryResult.sent("log-" + messageId);
    }
}
