package ma.coopmarket.webhook;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import ma.coopmarket.outbox.OutboxPurged;

@ApplicationScoped
public class WebhookAttemptRepository implements PanacheRepositoryBase<WebhookAttempt, String> {

    public List<WebhookAttempt> ofDelivery(String deliveryId) {
        return list("deliveryId", Sort.ascending("attemptedAt", "id"), deliveryId);
    }

    /** The attempts of deliveries that the outbox's retention deletes go with them, in its transaction. */
    void onPurged(@Observes OutboxPurged purged) {
        if (WebhookChannel.NAME.equals(purged.channel())) {
            delete("deliveryId in ?1", purged.messageIds());
        }
    }
}
