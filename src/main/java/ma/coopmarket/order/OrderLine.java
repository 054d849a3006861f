package ma.coopmarket.order;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A line of an order part: the product and a snapshot of its price and names when ordered. */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "part_id", nullable = false, updatable = false)
    public OrderPart part;

    @Column(name = "product_id", nullable = false)
    public String productId;

    @Column(nullable = false)
    public String sku;

    @Column(name = "name_fr", nullable = false)
    public String nameFr;

    @Column(name = "name_ar")
    public String nameAr;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    public BigDecimal unitPrice;

    @Column(nullable = false)
    public int quantity;

    @Column(name = "line_total", nullable = false, precision = 14, scale = 2)
    public BigDecimal lineTotal;
}
