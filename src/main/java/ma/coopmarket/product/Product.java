package ma.coopmarket.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import ma.coopmarket.cooperative.Cooperative;
import ma.coopmarket.shared.persistence.AuditedEntity;
import ma.coopmarket.shared.persistence.StringListConverter;
import ma.coopmarket.shared.text.SearchText;

/** A product of a cooperative's catalogue. Price in MAD as an exact decimal; stock never negative. */
@Entity
@Table(name = "product")
public class Product extends AuditedEntity {

    /** The search_text column's length (V8: 680, so that it fits in a listing index with the ids). */
    static final int SEARCH_TEXT_LENGTH = 680;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cooperative_id", nullable = false, updatable = false)
    public Cooperative cooperative;

    @Column(nullable = false)
    public String sku;

    @Column(name = "name_fr", nullable = false)
    public String nameFr;

    @Column(name = "name_ar")
    public String nameAr;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "description_fr")
    public String descriptionFr;

    @Column(name = "description_ar")
    public String descriptionAr;

    @Column(name = "description_en")
    public String descriptionEn;

    @Column(name = "category_code", nullable = false)
    public String categoryCode;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal price;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Unit unit;

    @Column(name = "unit_quantity", nullable = false, precision = 10, scale = 3)
    public BigDecimal unitQuantity;

    @Column(nullable = false)
    public int stock;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProductStatus status;

    @Convert(converter = StringListConverter.class)
    @Column(name = "image_urls", nullable = false)
    public List<String> imageUrls = List.of();

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> labels = List.of();

    /** Its photos in order (read here; written by the photo feature, in the product's transaction). */
    @OneToMany
    @JoinColumn(name = "product_id", insertable = false, updatable = false)
    @OrderBy("position")
    @BatchSize(size = 100)
    public List<ProductPhoto> photos = new ArrayList<>();

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(name = "archived_at")
    public Instant archivedAt;

    /** The partner that pushed this product by its own reference, or null. */
    @Column(name = "partner_id", updatable = false)
    public String partnerId;

    /** The pushing partner's reference, unique per partner. */
    @Column(name = "external_ref", updatable = false)
    public String externalRef;

    /** Commit-ordered change sequence, written by {@link ma.coopmarket.shared.changes.ChangeTracker} only. */
    @Column(name = "change_seq", insertable = false, updatable = false)
    public long changeSeq;

    public boolean isArchived() {
        return status == ProductStatus.ARCHIVED;
    }

    public void archive() {
        if (!isArchived()) {
            status = ProductStatus.ARCHIVED;
            archivedAt = Instant.now();
        }
    }

    /** Brings an archived product back (a partner pushed it again); its new status comes with its fields. */
    void unarchive() {
        archivedAt = null;
    }

    @PrePersist
    void beforeInsert() {
        refreshSearchText();
    }

    @PreUpdate
    void beforeUpdate() {
        refreshSearchText();
    }

    private void refreshSearchText() {
        searchText = SearchText.index(SEARCH_TEXT_LENGTH, nameFr, nameAr, nameEn, sku);
    }
}
