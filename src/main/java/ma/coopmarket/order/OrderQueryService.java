package ma.coopmarket.order;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import ma.coopmarket.security.AccessPolicy;
import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.error.NotFoundException;
import ma.coopmarket.shared.web.Page;
import ma.coopmarket.shared.web.PageParams;

/** Reads orders within what the caller may see (AccessPolicy.orderScope). */
@ApplicationScoped
public class OrderQueryService {

    private final OrderRepository orders;
    private final AccessPolicy access;

    public OrderQueryService(OrderRepository orders, AccessPolicy access) {
        this.orders = orders;
        this.access = access;
    }

    @Transactional
    public Page<OrderView> list(OrderFilter filter, PageParams paging) {
        if (filter.createdFrom != null && filter.createdTo != null && filter.createdFrom.isAfter(filter.createdTo)) {
            throw new InvalidRequestException("createdFrom", "must not be after createdTo");
        }
        AccessPolicy.OrderScope scope = access.orderScope();
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (scope.customerId() != null) {
            where.append(" and o.customerId = :customer");
            params.put("customer", scope.customerId());
        }
        String partScope = "";
        if (!scope.all() && scope.customerId() == null) {
            partScope = " and p.cooperativeId in :mine";
            params.put("mine", scope.cooperativeIds().isEmpty() ? List.of("-") : scope.cooperativeIds());
            where.append(" and exists (select 1 from OrderPart p where p.order = o").append(partScope).append(")");
        }
        if (filter.cooperativeId != null) {
            where.append(" and exists (select 1 from OrderPart p where p.order = o and p.cooperativeId = :coop)");
            params.put("coop", filter.cooperativeId);
        }
        if (filter.partStatus != null) {
            where.append(" and exists (select 1 from OrderPart p where p.order = o and p.status = :partStatus")
                    .append(partScope).append(")");
            params.put("partStatus", filter.partStatus);
        }
        if (filter.status != null) {
            where.append(" and o.status = :status");
            params.put("status", filter.status);
        }
        if (filter.createdFrom != null) {
            where.append(" and o.createdAt >= :from");
            params.put("from", filter.createdFrom);
        }
        if (filter.createdTo != null) {
            where.append(" and o.createdAt < :to");
            params.put("to", filter.createdTo);
        }
        var query = orders.find("from CustomerOrder o where " + where, Sort.descending("createdAt", "id"), params);
        Predicate<OrderPart> visible = visibleParts(scope);
        List<OrderView> items = query.page(paging.page, paging.size).list().stream()
                .map(o -> OrderView.of(o, visible)).toList();
        return Page.of(items, paging, query.count());
    }

    @Transactional
    public OrderView get(String id) {
        AccessPolicy.OrderScope scope = access.orderScope();
        CustomerOrder order = orders.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Order", id));
        Predicate<OrderPart> visible = visibleParts(scope);
        boolean mayRead = scope.all() || order.customerId.equals(scope.customerId())
                || (scope.customerId() == null && order.parts.stream().anyMatch(visible));
        if (!mayRead) {
            throw new NotFoundException("Order", id);
        }
        return OrderView.of(order, visible);
    }

    private static Predicate<OrderPart> visibleParts(AccessPolicy.OrderScope scope) {
        if (scope.all() || scope.customerId() != null) {
            return part -> true;
        }
        return part -> scope.cooperativeIds().contains(part.cooperativeId);
    }
}
