package ma.coopmarket.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import ma.coopmarket.account.OneTimeCodeIssued;
import ma.coopmarket.outbox.OutboxService;

/** Turns events into e-mails in the outbox, inside the event's transaction: today, one-time codes. */
@ApplicationScoped
public class EmailNotifier {

    private final OutboxService outbox;
    private final String from;

    public EmailNotifier(OutboxService outbox, MailConfig config) {
        this.outbox = outbox;
        this.from = config.from();
    }

    void onCodeIssued(@Observes OneTimeCodeIssued code) {
        if (code.channel() == OneTimeCodeIssued.Channel.EMAIL) {
            EmailTemplates.Email email = EmailTemplates.code(code.language(), code.purpose(), code.code(),
                    code.validMinutes());
            outbox.enqueueSecret(EmailChannel.NAME, code.destination(), "CODE_" + code.purpose(), null,
                    new EmailPayload(from, code.destination(), email.subject(), email.text(), code.language().name()));
        }
    }
}
