package ma.coopmarket.sms;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import ma.coopmarket.account.AccountService;
import ma.coopmarket.account.AccountView;
import ma.coopmarket.account.OneTimeCodeIssued;
import ma.coopmarket.account.ProfileService;
import ma.coopmarket.cooperative.CooperativeService;
import ma.coopmarket.cooperative.CooperativeView;
import ma.coopmarket.order.OrderPartChanged;
import ma.coopmarket.order.OrderPartExpiring;
import ma.coopmarket.outbox.OutboxService;
import ma.coopmarket.shared.text.Language;
import ma.coopmarket.training.EnrollmentChanged;

/**
 * Turns events into SMS in the outbox, inside the event's transaction: a new order part and
 * expiry warnings to the cooperative (if it opted for SMS), confirmations, refusals and shipping
 * to the customer, and to training participants their place confirmed, waitlisted or promoted, or
 * the session cancelled. Texts come in the recipient's language.
 */
@ApplicationScoped
public class SmsNotifier {

    private final OutboxService outbox;
    private final CooperativeService cooperatives;
    private final AccountService accounts;
    private final ProfileService profiles;

    public SmsNotifier(OutboxService outbox, CooperativeService cooperatives, AccountService accounts,
            ProfileService profiles) {
        this.outbox = outbox;
        this.cooperatives = cooperatives;
        this.accounts = accounts;
        this.profiles = profiles;
    }

    void onPartChanged(@Observes OrderPartChanged part) {
        if (part.from() == null) {
            CooperativeView coop = cooperatives.get(part.cooperativeId()).body();
            if (coop.smsNotifications() && coop.phone() != null) {
                send(coop.phone(), coop.smsLanguage(), "ORDER_PART_CREATED", part.partId(),
                        SmsTemplates.newPart(coop.smsLanguage(), part));
            }
            return;
        }
        AccountView customer = accounts.get(part.customerId());
        if (customer.phone() == null) {
            return;
        }
        CooperativeView coop = cooperatives.get(part.cooperativeId()).body();
        String name = customer.preferredLanguage() == Language.ar ? coop.nameAr() : coop.nameFr();
        String text = SmsTemplates.toCustomer(customer.preferredLanguage(), part, name);
        if (text != null) {
            send(customer.phone(), customer.preferredLanguage(), "ORDER_PART_" + part.to(), part.partId(), text);
        }
    }

    void onPartExpiring(@Observes OrderPartExpiring expiring) {
        OrderPartChanged part = expiring.part();
        CooperativeView coop = cooperatives.get(part.cooperativeId()).body();
        if (coop.smsNotifications() && coop.phone() != null) {
            long hours = Math.max(1, Duration.between(Instant.now(), expiring.expiresAt()).toHours());
            send(coop.phone(), coop.smsLanguage(), "ORDER_PART_EXPIRING", part.partId(),
                    SmsTemplates.expiring(coop.smsLanguage(), part.partCode(), hours));
        }
    }

    /** Training participants hear of their place in their cooperative's SMS language. */
    void onEnrollmentChanged(@Observes EnrollmentChanged enrollment) {
        Language language = cooperatives.get(enrollment.cooperativeId()).body().smsLanguage();
        send(enrollment.phone(), language, "ENROLLMENT_" + enrollment.kind(), enrollment.enrollmentId(),
                SmsTemplates.toParticipant(language, enrollment));
    }

    /** A one-time code, as a secret message: its text is never listed, logged or kept once sent. */
    void onCodeIssued(@Observes OneTimeCodeIssued code) {
        if (code.channel() == OneTimeCodeIssued.Channel.SMS) {
            outbox.enqueueSecret(SmsChannel.NAME, code.destination(), "CODE_" + code.purpose(), null,
                    SmsPayload.of(SmsTemplates.code(code.language(), code.purpose(), code.code(), code.validMinutes()),
                            code.language().name()));
        }
    }

    /**
     * Queues a marketing SMS to a customer only if her latest consent to marketing SMS grants it (to
     * her verified phone only: an unverified number may be someone else's);
     * returns whether it was queued. Transactional SMS (orders, trainings, codes) need no consent.
     */
    public boolean sendMarketing(String accountId, String text) {
        AccountView customer = accounts.get(accountId);
        if (!customer.phoneVerified() || !profiles.acceptsMarketingSms(accountId)) {
            return false;
        }
        send(customer.phone(), customer.preferredLanguage(), "MARKETING", null, text);
        return true;
    }

    /** Queues one SMS in the current transaction. */
    public void send(String phone, Language language, String eventType, String aggregateId, String text) {
        outbox.enqueue(SmsChannel.NAME, phone, eventType, aggregateId, SmsPayload.of(text, language.name()));
    }
}
