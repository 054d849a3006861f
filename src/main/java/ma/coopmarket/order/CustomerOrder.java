package ma.coopmarket.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import ma.coopmarket.shared.persistence.AuditedEntity;

/** A customer's order, split into one part per cooperative. Its status is derived from the parts. */
@Entity
@Table(name = "customer_order")
public class CustomerOrder extends AuditedEntity {

    @Column(nullable = false)
    public String reference;

    @Column(name = "customer_id", nullable = false)
    public String customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false)
    public PaymentMethod paymentMethod;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal total;

    @Column(name = "delivery_name", nullable = false)
    public String deliveryName;

    @Column(name = "delivery_phone", nullable = false)
    public String deliveryPhone;

    @Column(name = "delivery_city", nullable = false)
    public String deliveryCity;

    @Column(name = "delivery_region_code", nullable = false)
    public String deliveryRegionCode;

    @Column(name = "delivery_address", nullable = false)
    public String deliveryAddress;

    @Column(name = "delivery_landmark")
    public String deliveryLandmark;

    public String note;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    public List<OrderPart> parts = new ArrayList<>();

    /** Recomputes the derived status after a part moved. */
    void refreshStatus() {
        status = OrderStatus.of(parts.stream().map(p -> p.status).toList());
    }
}
