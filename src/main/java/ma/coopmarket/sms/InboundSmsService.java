package ma.coopmarket.sms;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ma.coopmarket.cooperative.CooperativeService;
import ma.coopmarket.cooperative.CooperativeView;
import ma.coopmarket.order.OrderLifecycleService;
import ma.coopmarket.order.SmsAnswer;
import ma.coopmarket.outbox.OutboxService;
import ma.coopmarket.shared.text.Language;

/**
 * Cooperatives answer orders by SMS: "OK 482193" confirms, "NON 482193" refuses. The sender must
 * be a cooperative's registered phone, and only that cooperative's parts can be moved; the move
 * follows the same rules as the API. The answer SMS is queued in the same transaction.
 */
@ApplicationScoped
public class InboundSmsService {

    private final CooperativeService cooperatives;
    private final OrderLifecycleService orders;
    private final SmsNotifier notifier;
    private final OutboxService outbox;

    public InboundSmsService(CooperativeService cooperatives, OrderLifecycleService orders, SmsNotifier notifier,
            OutboxService outbox) {
        this.cooperatives = cooperatives;
        this.orders = orders;
        this.notifier = notifier;
        this.outbox = outbox;
    }

    @Transactional
    public InboundResult receive(InboundSms sms) {
        List<CooperativeView> senders = cooperatives.withPhone(sms.from());
        if (senders.isEmpty()) {
            return new InboundResult(InboundResult.Outcome.UNKNOWN_SENDER);
        }
        Language language = senders.get(0).smsLanguage();
        Optional<SmsCommand> command = SmsCommand.parse(sms.text());
        if (command.isEmpty()) {
            reply(sms.from(), language, SmsTemplates.howToAnswer(language));
            return new InboundResult(InboundResult.Outcome.NOT_UNDERSTOOD);
        }
        Set<String> ids = senders.stream().map(CooperativeView::id).collect(Collectors.toSet());
        SmsAnswer answer = orders.answerBySms(ids, command.get().code(), command.get().confirm(), sms.from());
        String code = command.get().code();
        switch (answer) {
            case CONFIRMED, REFUSED -> reply(sms.from(), language,
                    SmsTemplates.answerAccepted(language, code, answer == SmsAnswer.CONFIRMED));
            case NOT_ALLOWED_NOW -> reply(sms.from(), language, SmsTemplates.answerNotAllowed(language, code));
            case UNKNOWN_CODE -> reply(sms.from(), language, SmsTemplates.howToAnswer(language));
        }
        return new InboundResult(InboundResult.Outcome.valueOf(answer.name()));
    }

    @Transactional
    public void report(DeliveryReport report) {
        outbox.markDelivered(report.messageId(), report.status() == DeliveryReport.Status.DELIVERED, report.error());
    }

    private void reply(String phone, Language language, String text) {
        notifier.send(phone, language, "SMS_REPLY", null, text);
    }
}
