package ma.coopmarket.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ma.coopmarket.outbox.OutboxFilter;
import ma.coopmarket.outbox.OutboxMessageView;
import ma.coopmarket.outbox.OutboxQueryService;
import ma.coopmarket.outbox.OutboxService;
import ma.coopmarket.security.AccessPolicy;
import ma.coopmarket.shared.crypto.Hashes;
import ma.coopmarket.shared.error.ConflictException;
import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.error.NotFoundException;
import ma.coopmarket.shared.web.Page;
import ma.coopmarket.shared.web.PageParams;

/**
 * A partner's webhook endpoints and their delivery log. Each partner sees only its own
 * endpoints (another's is a 404). Deliveries are outbox messages of channel WEBHOOK whose
 * destination is the endpoint; replaying one queues the same message (same event id) again.
 */
@ApplicationScoped
public class WebhookService {

    static final int MAX_ENDPOINTS = 10;

    private final WebhookEndpointRepository endpoints;
    private final WebhookAttemptRepository attempts;
    private final WebhookTargetGuard guard;
    private final AccessPolicy access;
    private final OutboxService outbox;
    private final OutboxQueryService messages;

    public WebhookService(WebhookEndpointRepository endpoints, WebhookAttemptRepository attempts,
            WebhookTargetGuard guard, AccessPolicy access, OutboxService outbox, OutboxQueryService messages) {
        this.endpoints = endpoints;
        this.attempts = attempts;
        this.guard = guard;
        this.access = access;
        this.outbox = outbox;
        this.messages = messages;
    }

    /** Registers an endpoint; the response is the only one that shows its signing secret. */
    @Transactional
    public WebhookEndpointView create(WebhookEndpointFields fields) {
        String partnerId = access.requirePartner().id();
        checkUrl(fields.url());
        if (endpoints.countOfPartner(partnerId) >= MAX_ENDPOINTS) {
            throw new ConflictException("endpoint-limit", "Too many endpoints",
                    "A partner has at most " + MAX_ENDPOINTS + " webhook endpoints; delete one first.");
        }
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.partnerId = partnerId;
        endpoint.secret = "whsec_" + Hashes.randomToken(32);
        endpoint.status = WebhookEndpoint.Status.ACTIVE;
        apply(endpoint, fields);
        endpoints.persist(endpoint);
        endpoints.flush();
        return WebhookEndpointView.of(endpoint, true);
    }

    public Page<WebhookEndpointView> list(PageParams paging) {
        var query = endpoints.ofPartner(access.requirePartner().id());
        List<WebhookEndpointView> items = query.page(paging.page, paging.size).list().stream()
                .map(e -> WebhookEndpointView.of(e, false)).toList();
        return Page.of(items, paging, query.count());
    }

    public WebhookEndpointView get(String id) {
        return WebhookEndpointView.of(require(id), false);
    }

    @Transactional
    public WebhookEndpointView update(String id, WebhookEndpointFields fields) {
        WebhookEndpoint endpoint = require(id);
        checkUrl(fields.url());
        apply(endpoint, fields);
        endpoints.flush();
        return WebhookEndpointView.of(endpoint, false);
    }

    /** Deletes the endpoint; deliveries still queued for it fail without being sent. */
    @Transactional
    public void delete(String id) {
        endpoints.delete(require(id));
    }

    /** Puts a disabled endpoint back in service; failed deliveries can then be replayed. */
    @Transactional
    public WebhookEndpointView enable(String id) {
        WebhookEndpoint endpoint = require(id);
        endpoint.enable();
        endpoints.flush();
        return WebhookEndpointView.of(endpoint, false);
    }

    /** Queues a PING event to this endpoint, to test a receiver and its signature check. */
    @Transactional
    public WebhookDeliveryView sendTest(String id) {
        WebhookEndpoint endpoint = require(id);
        String messageId = outbox.enqueue(WebhookChannel.NAME, endpoint.id, WebhookEvent.PING, null,
                Map.of("endpointId", endpoint.id, "message", "Test event from CoopMarket"));
        return delivery(endpoint.id, messageId);
    }

    public Page<WebhookDeliveryView> deliveries(String id, WebhookDeliveryFilter filter, PageParams paging) {
        WebhookEndpoint endpoint = require(id);
        OutboxFilter query = new OutboxFilter();
        query.channel = WebhookChannel.NAME;
        query.destination = endpoint.id;
        query.status = filter.status;
        query.eventType = filter.eventType;
        return messages.list(query, paging).map(m -> WebhookDeliveryView.of(m, null));
    }

    public WebhookDeliveryView delivery(String id, String deliveryId) {
        require(id);
        OutboxMessageView message = requireDelivery(id, deliveryId);
        return WebhookDeliveryView.of(message,
                attempts.ofDelivery(deliveryId).stream().map(WebhookDeliveryView.Attempt::of).toList());
    }

    /** Sends one delivery again, with the same event id, whatever became of it. */
    @Transactional
    public WebhookDeliveryView replay(String id, String deliveryId) {
        require(id);
        requireDelivery(id, deliveryId);
        outbox.replay(deliveryId);
        return delivery(id, deliveryId);
    }

    /** Sends again every FAILED delivery of the endpoint created since {@code since}. */
    @Transactional
    public ReplayResult replayFailed(String id, Instant since) {
        require(id);
        return new ReplayResult(outbox.replayFailed(WebhookChannel.NAME, id, since));
    }

    private OutboxMessageView requireDelivery(String endpointId, String deliveryId) {
        return messages.get(deliveryId)
                .filter(m -> WebhookChannel.NAME.equals(m.channel()) && endpointId.equals(m.destination()))
                .orElseThrow(() -> new NotFoundException("Delivery", deliveryId));
    }

    private WebhookEndpoint require(String id) {
        String partnerId = access.requirePartner().id();
        return endpoints.findByIdOptional(id).filter(e -> e.partnerId.equals(partnerId))
                .orElseThrow(() -> new NotFoundException("Webhook endpoint", id));
    }

    private void checkUrl(String url) {
        guard.refusal(url.strip()).ifPresent(reason -> {
            throw new InvalidRequestException("url", reason);
        });
    }

    private static void apply(WebhookEndpoint endpoint, WebhookEndpointFields fields) {
        endpoint.url = fields.url().strip();
        endpoint.description = fields.description() == null || fields.description().isBlank() ? null
                : fields.description().strip();
        endpoint.events = fields.events().stream().distinct().map(Enum::name).toList();
    }
}
