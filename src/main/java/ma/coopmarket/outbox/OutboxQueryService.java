package ma.coopmarket.outbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Sort;

import ma.coopmarket.shared.web.Page;
import ma.coopmarket.shared.web.PageParams;

/** Reads the outbox for operators. */
@ApplicationScoped
public class OutboxQueryService {

    private final OutboxRepository messages;

    public OutboxQueryService(OutboxRepository messages) {
        this.messages = messages;
    }

    public java.util.Optional<OutboxMessageView> get(String id) {
        return messages.findByIdOptional(id).map(OutboxMessageView::of);
    }

    public Page<OutboxMessageView> list(OutboxFilter filter, PageParams paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.channel != null) {
            where.append(" and channel = :channel");
            params.put("channel", filter.channel);
        }
        if (filter.status != null) {
            where.append(" and status = :status");
            params.put("status", filter.status);
        }
        if (filter.destination != null) {
            where.append(" and destination = :destination");
            params.put("destination", filter.destination);
        }
        if (filter.eventType != null) {
            where.append(" and eventType = :eventType");
            params.put("eventType", filter.eventType);
        }
        var query = messages.find(where.toString(), Sort.descending("createdAt", "id"), params);
        List<OutboxMessageView> items = query.page(paging.page, paging.size).list().stream()
                .map(OutboxMessageView::of).toList();
        return Page.of(items, paging, query.count());
    }
}
