package ma.coopmarket.product;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ma.coopmarket.cooperative.Cooperative;
import ma.coopmarket.cooperative.CooperativeService;
import ma.coopmarket.reference.ReferenceDataService;
import ma.coopmarket.security.AccessPolicy;
import ma.coopmarket.shared.error.ConflictException;
import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.error.NotFoundException;
import ma.coopmarket.shared.web.Page;
import ma.coopmarket.shared.web.PageParams;

/** The product catalogue: public reads, and writes within one cooperative. */
@ApplicationScoped
public class ProductService {

    private final ProductRepository products;
    private final CooperativeService cooperatives;
    private final ReferenceDataService reference;
    private final AccessPolicy access;

    public ProductService(ProductRepository products, CooperativeService cooperatives, ReferenceDataService reference,
            AccessPolicy access) {
        this.products = products;
        this.cooperatives = cooperatives;
        this.reference = reference;
        this.access = access;
    }

    public Page<ProductView> list(ProductFilter filter, PageParams paging) {
        if (filter.minPrice != null && filter.maxPrice != null && filter.minPrice.compareTo(filter.maxPrice) > 0) {
            throw new InvalidRequestException("minPrice", "must not be greater than maxPrice");
        }
        ProductStatus status = filter.status == null ? ProductStatus.ACTIVE : filter.status;
        if (status != ProductStatus.ACTIVE) {
            if (filter.cooperativeId == null) {
                throw new InvalidRequestException("cooperativeId", "is required to list " + status + " products");
            }
            access.requireSeeUnpublished(filter.cooperativeId);
        }
        CatalogueQuery query = CatalogueQuery.of(filter, status);
        List<Product> rows = products.page(query, paging.offset(), paging.size);
        long total = products.count(query);
        return Page.of(rows.stream().map(ProductView::of).toList(), paging, total,
                query.nextCursor(rows, paging, total));
    }

    public Page<ProductView> listOfCooperative(String cooperativeId, ProductFilter filter, PageParams paging) {
        cooperatives.require(cooperativeId);
        filter.cooperativeId = cooperativeId;
        return list(filter, paging);
    }

    public ProductView get(String id) {
        Product product = require(id);
        if (product.status != ProductStatus.ACTIVE && !access.canSeeUnpublished(product.cooperative.id)) {
            throw new NotFoundException("Product", id);
        }
        return ProductView.of(product);
    }

    @Transactional
    public ProductView create(String cooperativeId, ProductFields fields) {
        Cooperative cooperative = cooperatives.require(cooperativeId);
        access.requireManage(cooperativeId, AccessPolicy.Scope.CATALOG,
                () -> new NotFoundException("Cooperative", cooperativeId));
        check(cooperative.id, fields, null);
        Product product = new Product();
        product.cooperative = cooperative;
        apply(product, fields);
        products.persist(product);
        products.flush();
        return ProductView.of(product);
    }

    @Transactional
    public ProductView update(String id, ProductFields fields) {
        Product product = requireWritable(id);
        check(product.cooperative.id, fields, id);
        apply(product, fields);
        products.flush();
        return ProductView.of(product);
    }

    @Transactional
    public void archive(String id) {
        requireWritable(id).archive();
    }

    private Product requireWritable(String id) {
        Product product = require(id);
        access.requireManage(product.cooperative.id, AccessPolicy.Scope.CATALOG,
                () -> new NotFoundException("Product", id));
        return product;
    }

    private Product require(String id) {
        return products.findLive(id).orElseThrow(() -> new NotFoundException("Product", id));
    }

    private void check(String cooperativeId, ProductFields fields, String id) {
        reference.requireCategory("categoryCode", fields.categoryCode());
        if (fields.status() == ProductStatus.ARCHIVED) {
            throw new InvalidRequestException("status", "must be DRAFT or ACTIVE; archive a product with DELETE");
        }
        if (products.skuTaken(cooperativeId, fields.sku().strip(), id)) {
            throw new ConflictException("duplicate-sku", "Duplicate SKU",
                    "The cooperative already has a product with SKU '" + fields.sku() + "'.");
        }
    }

    private static void apply(Product p, ProductFields f) {
        p.sku = f.sku().strip();
        p.nameFr = f.nameFr().strip();
        p.nameAr = strip(f.nameAr());
        p.nameEn = strip(f.nameEn());
        p.descriptionFr = strip(f.descriptionFr());
        p.descriptionAr = strip(f.descriptionAr());
        p.descriptionEn = strip(f.descriptionEn());
        p.categoryCode = f.categoryCode();
        p.price = f.price();
        p.unit = f.unit();
        p.unitQuantity = f.unitQuantity();
        p.stock = f.stock();
        p.status = f.status() == null ? ProductStatus.ACTIVE : f.status();
        p.imageUrls = f.imageUrls() == null ? List.of() : List.copyOf(f.imageUrls());
        p.labels = f.labels() == null ? List.of() : f.labels().stream().distinct().map(Enum::name).toList();
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
