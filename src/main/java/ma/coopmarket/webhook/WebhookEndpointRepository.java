package ma.coopmarket.webhook;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class WebhookEndpointRepository implements PanacheRepositoryBase<WebhookEndpoint, String> {

    public List<WebhookEndpoint> ofPartners(Collection<String> partnerIds) {
        return list("partnerId in ?1", partnerIds);
    }

    public io.quarkus.hibernate.orm.panache.PanacheQuery<WebhookEndpoint> ofPartner(String partnerId) {
        return find("partnerId", Sort.ascending("createdAt", "id"), partnerId);
    }

    public long countOfPartner(String partnerId) {
        return count("partnerId", partnerId);
    }

    /** Ends a failure streak (one UPDATE, safe with concurrent dispatchers). */
    public void succeeded(String id) {
        update("consecutiveFailures = 0, failingSince = null where id = ?1 and consecutiveFailures > 0", id);
    }

    /**
     * Adds a failure to the streak, then disables the endpoint if the streak reached
     * {@code threshold} attempts and started at or before {@code cutoff}. Atomic UPDATEs, so that
     * concurrent dispatchers count every failure and disable once. Returns true if it disabled it.
     */
    public boolean failed(String id, Instant now, int threshold, Instant cutoff, String reason) {
        update("consecutiveFailures = consecutiveFailures + 1, failingSince = coalesce(failingSince, ?2) where id = ?1",
                id, now);
        return update("status = ?2, disabledAt = ?3, disabledReason = ?4 where id = ?1 and status = ?5"
                + " and consecutiveFailures >= ?6 and failingSince <= ?7", id, WebhookEndpoint.Status.DISABLED, now,
                reason, WebhookEndpoint.Status.ACTIVE, threshold, cutoff) == 1;
    }
}
