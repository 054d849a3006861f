package ma.coopmarket.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import ma.coopmarket.mail.EmailPayload;
import ma.coopmarket.mail.Mailer;
import ma.coopmarket.outbox.OutboxChannel.DeliveryResult;

/** A mailer for tests ({@code coopmarket.mail.gateway=capture}): keeps the e-mails instead of sending them. */
@ApplicationScoped
public class CapturingMailer implements Mailer {

    private static final List<EmailPayload> SENT = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
        return "capture";
    }

    @Override
    public DeliveryResult send(String messageId, EmailPayload email, boolean secret) {
        SENT.add(email);
        return DeliveryResult.sent("capture-" + messageId);
    }

    public static List<EmailPayload> to(String address) {
        return SENT.stream().filter(e -> e.to().equals(address)).toList();
    }
}
