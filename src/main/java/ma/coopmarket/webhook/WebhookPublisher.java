package ma.coopmarket.webhook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;

import ma.coopmarket.order.OrderPartChanged;
import ma.coopmarket.outbox.OutboxService;
import ma.coopmarket.partner.PartnerService;
import ma.coopmarket.product.ProductChanged;
import ma.coopmarket.security.AccessPolicy;
import ma.coopmarket.security.PartnerPrincipal;

/**
 * Turns catalogue and order events into webhook deliveries: one outbox message per subscribed
 * endpoint of each partner that follows the cooperative, written in the transaction of the
 * change (observers are synchronous), so a rolled-back change sends nothing and a committed one
 * loses nothing. Endpoints that are disabled still get their deliveries recorded (they fail at
 * once, and the partner can replay them after re-enabling the endpoint).
 */
@ApplicationScoped
public class WebhookPublisher {

    private static final Object TARGETS = WebhookPublisher.class;

    private final PartnerService partners;
    private final WebhookEndpointRepository endpoints;
    private final OutboxService outbox;
    private final TransactionSynchronizationRegistry registry;

    public WebhookPublisher(PartnerService partners, WebhookEndpointRepository endpoints, OutboxService outbox,
            TransactionSynchronizationRegistry registry) {
        this.partners = partners;
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.registry = registry;
    }

    /** An endpoint that may hear of a cooperative's events, and its partner. */
    private record Target(String endpointId, String partnerId, List<String> events) {
    }

    void onProductChanged(@Observes ProductChanged event) {
        WebhookEvent type = switch (event.kind()) {
            case CREATED -> WebhookEvent.PRODUCT_CREATED;
            case UPDATED -> WebhookEvent.PRODUCT_UPDATED;
            case ARCHIVED -> WebhookEvent.PRODUCT_ARCHIVED;
            case STOCK_CHANGED -> WebhookEvent.STOCK_CHANGED;
        };
        for (Target target : targets(event.cooperativeId(), type)) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("productId", event.productId());
            data.put("cooperativeId", event.cooperativeId());
            if (target.partnerId().equals(event.partnerId())) {
                data.put("externalRef", event.externalRef());
            }
            data.put("version", event.version());
            data.put("status", event.status());
            data.put("stock", event.stock());
            data.put("inStock", event.stock() > 0);
            if (event.product() != null) {
                data.put("product", event.product());
            }
            outbox.enqueue(WebhookChannel.NAME, target.endpointId(), type.name(), event.productId(), data);
        }
    }

    void onOrderPartChanged(@Observes OrderPartChanged event) {
        WebhookEvent type = event.from() == null ? WebhookEvent.ORDER_PART_CREATED
                : WebhookEvent.ORDER_PART_STATUS_CHANGED;
        for (Target target : targets(event.cooperativeId(), type)) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("orderId", event.orderId());
            data.put("orderReference", event.orderReference());
            data.put("partId", event.partId());
            data.put("partCode", event.partCode());
            data.put("cooperativeId", event.cooperativeId());
            data.put("from", event.from());
            data.put("to", event.to());
            outbox.enqueue(WebhookChannel.NAME, target.endpointId(), type.name(), event.partId(), data);
        }
    }

    private List<Target> targets(String cooperativeId, WebhookEvent type) {
        return targetsOf(cooperativeId).stream().filter(t -> t.events().contains(type.name())).toList();
    }

    /** The endpoints following a cooperative, looked up once per transaction (a batch fires hundreds of events). */
    @SuppressWarnings("unchecked")
    private List<Target> targetsOf(String cooperativeId) {
        Map<String, List<Target>> cache = (Map<String, List<Target>>) registry.getResource(TARGETS);
        if (cache == null) {
            cache = new HashMap<>();
            registry.putResource(TARGETS, cache);
        }
        return cache.computeIfAbsent(cooperativeId, this::load);
    }

    private List<Target> load(String cooperativeId) {
        List<String> followers = partners.withCooperative(cooperativeId).stream()
                .filter(p -> AccessPolicy.partnerFollows(p.permissions(), p.cooperativeIds(), cooperativeId))
                .map(PartnerPrincipal::partnerId).toList();
        if (followers.isEmpty()) {
            return List.of();
        }
        List<Target> targets = new ArrayList<>();
        endpoints.ofPartners(followers).forEach(e -> targets.add(new Target(e.id, e.partnerId, List.copyOf(e.events))));
        return targets;
    }
}
