package ma.coopmarket.product;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import ma.coopmarket.cooperative.Cooperative;
import ma.coopmarket.cooperative.CooperativeService;
import ma.coopmarket.reference.ReferenceDataService;
import ma.coopmarket.search.CatalogueListing;
import ma.coopmarket.search.ProductSearch;
import ma.coopmarket.search.SearchBackfill;
import ma.coopmarket.search.SearchIndex;
import ma.coopmarket.search.Vocabulary;
import ma.coopmarket.security.AccessPolicy;
import ma.coopmarket.shared.changes.ChangeTracker;
import ma.coopmarket.shared.error.ConflictException;
import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.error.NotFoundException;
import ma.coopmarket.shared.error.PreconditionFailedException;
import ma.coopmarket.shared.readcache.CatalogueVersion;
import ma.coopmarket.shared.readcache.ReadCacheConfig;
import ma.coopmarket.shared.readcache.SharedBodies;
import ma.coopmarket.shared.readcache.VersionedCache;
import ma.coopmarket.shared.text.Language;
import ma.coopmarket.shared.web.ETags;
import ma.coopmarket.shared.web.Page;
import ma.coopmarket.shared.web.PageParams;
import ma.coopmarket.shared.web.Tagged;

/**
 * The product catalogue: public reads, and writes within one cooperative. Every write records
 * the product for the delta feed ({@link ChangeTracker}) and announces it ({@link ProductChanged}).
 * Single-product reads carry a strong ETag; writes honour If-Match, and accept a write without it.
 * Public reads (a product by id, a page of ACTIVE products) are served from memory until the
 * catalogue changes ({@link VersionedCache}).
 */
@ApplicationScoped
public class ProductService {

    private final ProductRepository products;
    private final CooperativeService cooperatives;
    private final ReferenceDataService reference;
    private final AccessPolicy access;
    private final ChangeTracker changes;
    private final Event<ProductChanged> changed;
    private final VersionedCache<String, Tagged<ProductView>> byId;
    private final VersionedCache<String, ProductPage> pages;
    private final ProductSearch search;
    private final CatalogueListing catalogue;
    private final SearchBackfill backfill;
    private final SearchIndex searchIndex;
    private final Vocabulary vocabulary;

    public ProductService(ProductRepository products, CooperativeService cooperatives, ReferenceDataService reference,
            AccessPolicy access, ChangeTracker changes, Event<ProductChanged> changed, CatalogueVersion version,
            ReadCacheConfig config, ProductSearch search, CatalogueListing catalogue, SearchIndex searchIndex,
            Vocabulary vocabulary, SearchBackfill backfill) {
        this.catalogue = catalogue;
        this.backfill = backfill;
        this.byId = version.cache(config.products());
        this.pages = version.listingCache(config.pages());
        this.products = products;
        this.cooperatives = cooperatives;
        this.reference = reference;
        this.access = access;
        this.changes = changes;
        this.changed = changed;
        this.search = search;
        this.searchIndex = searchIndex;
        this.vocabulary = vocabulary;
    }

    public ProductPage list(ProductFilter filter, PageParams paging) {
        if (filter.minPrice != null && filter.maxPrice != null && filter.minPrice.compareTo(filter.maxPrice) > 0) {
            throw new InvalidRequestException("minPrice", "must not be greater than maxPrice");
        }
        ProductStatus status = filter.status == null ? ProductStatus.ACTIVE : filter.status;
        if (status != ProductStatus.ACTIVE) {
            if (filter.cooperativeId == null) {
                throw new InvalidRequestException("cooperativeId", "is required to list " + status + " products");
            }
            access.requireSeeUnpublished(filter.cooperativeId);
            return ProductPage.of(page(CatalogueQuery.of(filter, status), paging));
        }
        if (!backfill.indexReady()) {
            // The word index is still being built after a deploy: serve the catalogue (and a substring
            // search) as before it existed, rather than a partial one.
            CatalogueQuery query = CatalogueQuery.of(filter, status);
            return pages.get(query.cacheKey(paging), key -> SharedBodies.share(ProductPage.of(page(query, paging))));
        }
        if (filter.q != null && !filter.q.isBlank()) {
            return pages.get(searchKey(filter, paging), key -> SharedBodies.share(search(filter, paging)));
        }
        return pages.get(listingKey(filter, paging), key -> SharedBodies.share(listing(filter, paging)));
    }

    /** A page of the public catalogue without a query: the index's documents give the ids in order. */
    private ProductPage listing(ProductFilter filter, PageParams paging) {
        CatalogueListing.Listing<ProductCard> listing = catalogue.list(filters(filter),
                CatalogueListing.Sort.of(filter.sort), paging.offset(), paging.size, filter.cursor, ProductCards.PROJECTION);
        return ProductPage.of(listing.items(), paging, listing.total(), false, listing.nextCursor(), null)
                .with(null, facets(filter));
    }

    private Page<ProductCard> page(CatalogueQuery query, PageParams paging) {
        List<Product> rows = products.page(query, paging.offset(), paging.size);
        long total = products.count(query);
        return Page.of(rows.stream().map(ProductCard::of).toList(), paging, total,
                query.nextCursor(rows, paging, total));
    }

    /** A page of a text search: the word index gives the ids in order, the products are then read by id. */
    private ProductPage search(ProductFilter filter, PageParams paging) {
        ProductSearch.Hits<ProductCard> hits = search.search(filter.q, filters(filter), order(filter.sort),
                paging.offset(), paging.size, filter.cursor, ProductCards.PROJECTION);
        return ProductPage.of(hits.items(), paging, hits.total(), hits.totalIsLowerBound(), hits.nextCursor(),
                hits.suggestedQuery()).with(hits.suggestedQuery(), facets(filter));
    }

    private ProductPage.Facets facets(ProductFilter filter) {
        if (filter.facets == null) {
            return null;
        }
        List<String> asked = List.of(filter.facets.split(","));
        Map<String, Map<String, Long>> counts = search.facets(filter.q, filters(filter), asked);
        return new ProductPage.Facets(counts.get("category"), counts.get("region"), counts.get("label"));
    }

    private static ProductSearch.Filters filters(ProductFilter f) {
        return new ProductSearch.Filters(f.cooperativeId, f.region, f.sector, f.category, f.minPrice, f.maxPrice,
                f.inStock, f.women);
    }

    private static ProductSearch.Order order(String sort) {
        return switch (sort == null ? "relevance" : sort) {
            case "newest" -> ProductSearch.Order.NEWEST;
            case "price" -> ProductSearch.Order.PRICE;
            case "-price" -> ProductSearch.Order.PRICE_DESC;
            case "name" -> ProductSearch.Order.NAME;
            default -> ProductSearch.Order.RELEVANCE;
        };
    }

    /** Everything a catalogue page depends on, for the read cache. */
    private static String listingKey(ProductFilter f, PageParams paging) {
        return String.join("|", "listing", String.valueOf(filters(f)), String.valueOf(f.sort),
                String.valueOf(f.cursor), String.valueOf(f.facets), String.valueOf(paging.page),
                String.valueOf(paging.size));
    }

    /** Everything a search page depends on, for the read cache. */
    private static String searchKey(ProductFilter f, PageParams paging) {
        return String.join("|", "search", f.q, String.valueOf(filters(f)), String.valueOf(f.sort),
                String.valueOf(f.cursor), String.valueOf(f.facets), String.valueOf(paging.page),
                String.valueOf(paging.size));
    }

    /** Type-ahead: completions of what a shopper is typing, in her language. */
    public ProductSuggestions suggest(String q, Language language) {
        return new ProductSuggestions(q, vocabulary.suggest(q, language, ProductSuggestions.LIMIT));
    }

    public ProductPage listOfCooperative(String cooperativeId, ProductFilter filter, PageParams paging) {
        cooperatives.require(cooperativeId);
        filter.cooperativeId = cooperativeId;
        return list(filter, paging);
    }

    public Tagged<ProductView> get(String id) {
        Tagged<ProductView> product = byId.get(id, key -> products.findLive(key)
                .map(p -> new Tagged<>(SharedBodies.share(ProductView.of(p)), etag(p))).orElse(null));
        if (product == null || product.body().status() != ProductStatus.ACTIVE
                && !access.canSeeUnpublished(product.body().cooperativeId())) {
            throw new NotFoundException("Product", id);
        }
        return product;
    }

    /** A partner's own product, by the partner's reference. */
    public Tagged<ProductView> getByRef(String externalRef) {
        String partnerId = access.requirePartner().id();
        Product product = products.findLiveByRef(partnerId, externalRef)
                .filter(p -> p.status == ProductStatus.ACTIVE || access.canSeeUnpublished(p.cooperative.id))
                .orElseThrow(() -> new NotFoundException("Product with externalRef", externalRef));
        return tagged(product);
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
        recordChange(ProductChanged.Kind.CREATED, product, false);
        reindex(List.of(product.id));
        return ProductView.of(product);
    }

    /** Replaces the editable fields; {@code ifMatch} (optional) must name the current ETag, else 412. */
    @Transactional
    public Tagged<ProductView> update(String id, String ifMatch, ProductFields fields) {
        Product product = requireWritable(id, ifMatch);
        check(product.cooperative.id, fields, id);
        long version = product.version;
        int stock = product.stock;
        apply(product, fields);
        products.flush();
        if (product.version != version) {
            recordChange(ProductChanged.Kind.UPDATED, product, product.stock != stock);
            reindex(List.of(product.id));
        }
        return tagged(product);
    }

    /** Archives the product; {@code ifMatch} (optional) must name the current ETag, else 412. */
    @Transactional
    public void archive(String id, String ifMatch) {
        Product product = requireWritable(id, ifMatch);
        product.archive();
        products.flush();
        recordChange(ProductChanged.Kind.ARCHIVED, product, false);
        reindex(List.of(product.id));
    }

    /** The product, locked, for a change of its photos by someone who may manage it (404 otherwise). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Product lockForPhotos(String id) {
        return requireWritable(id, null);
    }

    /**
     * Records that the product's photos changed (the caller keeps {@code product.photos} in order): a new
     * version and ETag, an entry in the delta feed and the webhooks, public reads refreshed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProductView photosChanged(Product product) {
        product.updatedAt = Instant.now();
        products.flush();
        recordChange(ProductChanged.Kind.UPDATED, product, false);
        return ProductView.of(product);
    }

    /** Brings the word index up to date with these products, in the caller's transaction. */
    void reindex(List<String> productIds) {
        searchIndex.reindex(productIds);
    }

    /** The strong ETag of a product: its version and its cooperative's, whose summary it embeds. */
    static String etag(Product p) {
        return ETags.of(p.version, p.cooperative.version);
    }

    /** Records a change for the delta feed and announces it (and its stock move, if any). */
    void recordChange(ProductChanged.Kind kind, Product product, boolean stockMoved) {
        changes.changed(ProductChangeStamper.KIND, product.id);
        changed.fire(ProductChanged.of(kind, product));
        if (stockMoved) {
            changed.fire(ProductChanged.of(ProductChanged.Kind.STOCK_CHANGED, product));
        }
    }

    private Tagged<ProductView> tagged(Product product) {
        return new Tagged<>(ProductView.of(product), etag(product));
    }

    private Product requireWritable(String id, String ifMatch) {
        Product product = products.findLiveForUpdate(id).orElseThrow(() -> new NotFoundException("Product", id));
        access.requireManage(product.cooperative.id, AccessPolicy.Scope.CATALOG,
                () -> new NotFoundException("Product", id));
        String etag = etag(product);
        ETags.requireMatch(ifMatch, etag, () -> new PreconditionFailedException("Product", id, etag));
        return product;
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

    /** Sets a product's editable fields from the input, normalised (trimmed, blanks dropped). */
    static void apply(Product p, ProductFields f) {
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
