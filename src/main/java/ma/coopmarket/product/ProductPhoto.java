package ma.coopmarket.product;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One photo of a product, at its place in the product's list (0 is the cover). Its files are named
 * by the hash of their content under {@code baseUrl}: {@code original.jpg}, and for each variant
 * width {@code w600.webp} and {@code w600.jpg}.
 */
@Entity
@Table(name = "product_photo")
public class ProductPhoto {

    /** The widths of the resized variants; a photo has those narrower than itself. */
    public static final List<Integer> VARIANT_WIDTHS = List.of(200, 600, 1200);

    @Id
    public String id;

    @Column(name = "product_id", nullable = false, updatable = false)
    public String productId;

    @Column(nullable = false)
    public int position;

    @Column(name = "content_hash", nullable = false, updatable = false)
    public String contentHash;

    @Column(nullable = false, updatable = false)
    public int width;

    @Column(nullable = false, updatable = false)
    public int height;

    /** Comma-separated, e.g. {@code 200,600,1200}. */
    @Column(name = "variant_widths", nullable = false, updatable = false)
    public String variantWidths;

    @Column(name = "base_url", nullable = false, updatable = false)
    public String baseUrl;

    @Column(name = "alt_fr")
    public String altFr;

    @Column(name = "alt_ar")
    public String altAr;

    @Column(name = "alt_en")
    public String altEn;

    /** The URL a partner's batch gave it by (fetched once); absent for an upload. */
    @Column(name = "source_url", updatable = false)
    public String sourceUrl;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public List<Integer> widths() {
        return variantWidths.isEmpty() ? List.of()
                : Arrays.stream(variantWidths.split(",")).map(Integer::valueOf).toList();
    }
}
