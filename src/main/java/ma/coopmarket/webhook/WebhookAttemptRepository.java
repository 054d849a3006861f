package ma.coopmarket.webhook;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class WebhookAttemptRepository implements PanacheRepositoryBase<WebhookAttempt, String> {

    public List<WebhookAttempt> ofDelivery(String deliveryId) {
        return list("deliveryId", Sort.ascending("attemptedAt", "id"), deliveryId);
    }
}
