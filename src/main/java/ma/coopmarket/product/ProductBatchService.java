package ma.coopmarket.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ma.coopmarket.cooperative.Cooperative;
import ma.coopmarket.cooperative.CooperativeService;
import ma.coopmarket.reference.ReferenceDataService;
import ma.coopmarket.security.AccessPolicy;
import ma.coopmarket.security.Caller;
import ma.coopmarket.shared.error.ApiException;
import ma.coopmarket.shared.error.ConflictException;
import ma.coopmarket.shared.error.FieldError;
import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.error.NotFoundException;
import ma.coopmarket.shared.error.PayloadTooLargeException;
import ma.coopmarket.shared.error.Problem;
import ma.coopmarket.shared.error.ProblemMappers;

/**
 * A partner's bulk upsert: up to {@value #MAX_ITEMS} products keyed by the partner's own
 * reference, each created, updated, left unchanged or rejected on its own. Everything an item
 * can be rejected for is checked before anything is written, so a bad item never touches the
 * others; the valid ones are written in one transaction (all stamped with one change sequence).
 * Sending the same batch again changes nothing: every item is {@code UNCHANGED}.
 */
@ApplicationScoped
public class ProductBatchService {

    public static final int MAX_ITEMS = 500;

    private final ProductRepository products;
    private final ProductService catalogue;
    private final CooperativeService cooperatives;
    private final ReferenceDataService reference;
    private final AccessPolicy access;
    private final ObjectMapper json;
    private final Validator validator;

    public ProductBatchService(ProductRepository products, ProductService catalogue, CooperativeService cooperatives,
            ReferenceDataService reference, AccessPolicy access, ObjectMapper json, Validator validator) {
        this.products = products;
        this.catalogue = catalogue;
        this.cooperatives = cooperatives;
        this.reference = reference;
        this.access = access;
        this.json = json;
        this.validator = validator;
    }

    /** What is written for one accepted item; its outcome is known after the flush. */
    private record Write(int index, ProductUpsert item, Product product, long versionBefore, int stockBefore,
            boolean created) {
    }

    @Transactional
    public BatchResult upsert(List<JsonNode> nodes, String instance) {
        Caller partner = access.requirePartnerWriter();
        if (nodes.size() > MAX_ITEMS) {
            throw new PayloadTooLargeException("batch-too-large", "A batch holds at most " + MAX_ITEMS + " items; this one has "
                    + nodes.size() + ". Send the rest in further batches.",
                    List.of(new FieldError("items", "must hold at most " + MAX_ITEMS + " items")));
        }
        BatchResult.Item[] results = new BatchResult.Item[nodes.size()];
        Map<Integer, ProductUpsert> accepted = new java.util.LinkedHashMap<>();
        Map<String, Integer> firstByRef = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            try {
                ProductUpsert item = read(nodes.get(i), i);
                Integer earlier = firstByRef.putIfAbsent(item.externalRef(), i);
                if (earlier != null) {
                    throw new InvalidRequestException(prefix(i) + "externalRef",
                            "repeats items[" + earlier + "]; send each product once per batch");
                }
                accepted.put(i, item);
            } catch (ApiException e) {
                results[i] = rejected(i, nodes.get(i), ProblemMappers.problemOf(e, instance));
            } catch (JsonProcessingException e) {
                results[i] = rejected(i, nodes.get(i), ProblemMappers.malformed(e, prefix(i), instance));
            }
        }

        Map<String, String> idsByRef = products.idsByRef(partner.id(),
                accepted.values().stream().map(ProductUpsert::externalRef).toList());
        Map<String, Product> existing = new HashMap<>();
        products.lockInIdOrder(idsByRef.values()).forEach(p -> existing.put(p.id, p));
        Map<List<String>, String> skuHolders = products.skuHolders(
                accepted.values().stream().map(ProductUpsert::cooperativeId).distinct().toList(),
                accepted.values().stream().map(u -> u.product().sku().strip()).distinct().toList());
        Set<List<String>> claimed = new HashSet<>();
        Map<String, Cooperative> scope = new HashMap<>();
        List<Write> writes = new ArrayList<>();
        for (Map.Entry<Integer, ProductUpsert> entry : accepted.entrySet()) {
            int i = entry.getKey();
            ProductUpsert item = entry.getValue();
            try {
                Product product = existing.get(idsByRef.get(item.externalRef()));
                Cooperative cooperative = check(i, item, product, partner, scope, skuHolders, claimed);
                writes.add(write(i, item, product, cooperative, partner.id()));
            } catch (ApiException e) {
                results[i] = rejected(i, nodes.get(i), ProblemMappers.problemOf(e, instance));
            }
        }

        products.flush();
        List<String> changedIds = new ArrayList<>();
        for (Write w : writes) {
            BatchResult.Outcome outcome = w.created() ? BatchResult.Outcome.CREATED
                    : w.product().version != w.versionBefore() ? BatchResult.Outcome.UPDATED
                    : BatchResult.Outcome.UNCHANGED;
            if (outcome == BatchResult.Outcome.CREATED) {
                catalogue.recordChange(ProductChanged.Kind.CREATED, w.product(), false);
                changedIds.add(w.product().id);
            } else if (outcome == BatchResult.Outcome.UPDATED) {
                catalogue.recordChange(ProductChanged.Kind.UPDATED, w.product(), w.product().stock != w.stockBefore());
                changedIds.add(w.product().id);
            }
            results[w.index()] = new BatchResult.Item(w.index(), w.item().externalRef(), outcome, w.product().id,
                    w.product().version, null, null);
        }
        catalogue.reindex(changedIds);
        List<BatchResult.Item> items = List.of(results);
        return new BatchResult(BatchResult.Summary.of(items), items);
    }

    /** Reads and validates one item; throws the problem a single request with it would get. */
    private ProductUpsert read(JsonNode node, int i) throws JsonProcessingException {
        if (node == null || !node.isObject()) {
            throw new InvalidRequestException("items[" + i + "]", "must be an object");
        }
        ProductUpsert item = json.treeToValue(node, ProductUpsert.class);
        List<FieldError> errors = validator.validate(item).stream()
                .map(v -> new FieldError(prefix(i) + ProblemMappers.fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return item;
    }

    /** Checks what needs the database: scope, cooperative, category, SKU uniqueness; returns the cooperative. */
    private Cooperative check(int i, ProductUpsert item, Product product, Caller partner, Map<String, Cooperative> scope,
            Map<List<String>, String> skuHolders, Set<List<String>> claimed) {
        String cooperativeId = item.cooperativeId();
        if (!partner.partnerCooperativeIds().contains(cooperativeId)) {
            throw new NotFoundException("Cooperative", cooperativeId);
        }
        Cooperative cooperative = scope.computeIfAbsent(cooperativeId, cooperatives::require);
        ProductFields fields = item.product();
        reference.requireCategory(prefix(i) + "product.categoryCode", fields.categoryCode());
        if (fields.status() == ProductStatus.ARCHIVED) {
            throw new InvalidRequestException(prefix(i) + "product.status",
                    "must be DRAFT or ACTIVE; archive a product with DELETE /api/v1/products/{id}");
        }
        if (product != null && !product.cooperative.id.equals(cooperativeId)) {
            throw new ConflictException("cooperative-mismatch", "Cooperative cannot change",
                    "The product with externalRef '" + item.externalRef() + "' belongs to cooperative "
                            + product.cooperative.id + "; a product cannot move to another cooperative.",
                    List.of(new FieldError(prefix(i) + "cooperativeId", "must be " + product.cooperative.id)));
        }
        List<String> sku = List.of(cooperativeId, fields.sku().strip());
        String holder = skuHolders.get(sku);
        if ((holder != null && (product == null || !holder.equals(product.id))) || !claimed.add(sku)) {
            throw new ConflictException("duplicate-sku", "Duplicate SKU",
                    "The cooperative already has a product (perhaps archived, or earlier in this batch) with SKU '"
                            + fields.sku().strip() + "'.",
                    List.of(new FieldError(prefix(i) + "product.sku", "is taken in this cooperative")));
        }
        return cooperative;
    }

    private Write write(int i, ProductUpsert item, Product product, Cooperative cooperative, String partnerId) {
        if (product == null) {
            Product created = new Product();
            created.cooperative = cooperative;
            created.partnerId = partnerId;
            created.externalRef = item.externalRef();
            ProductService.apply(created, item.product());
            products.persist(created);
            return new Write(i, item, created, 0, created.stock, true);
        }
        Write write = new Write(i, item, product, product.version, product.stock, false);
        Product wanted = new Product();
        ProductService.apply(wanted, item.product());
        // Only touch the entity when something differs, so that an identical item is never an UPDATE.
        if (product.isArchived() || !State.of(wanted).equals(State.of(product))) {
            ProductService.apply(product, item.product());
            product.unarchive();
        }
        return write;
    }

    /** The editable state of a product, compared to tell an unchanged item from an update. */
    private record State(String sku, String nameFr, String nameAr, String nameEn, String descriptionFr,
            String descriptionAr, String descriptionEn, String categoryCode, BigDecimal price, Unit unit,
            BigDecimal unitQuantity, int stock, ProductStatus status, List<String> imageUrls, List<String> labels) {

        static State of(Product p) {
            return new State(p.sku, p.nameFr, p.nameAr, p.nameEn, p.descriptionFr, p.descriptionAr, p.descriptionEn,
                    p.categoryCode, p.price.stripTrailingZeros(), p.unit, p.unitQuantity.stripTrailingZeros(), p.stock,
                    p.status, List.copyOf(p.imageUrls), List.copyOf(p.labels));
        }
    }

    private static BatchResult.Item rejected(int i, JsonNode node, Problem problem) {
        JsonNode ref = node == null ? null : node.get("externalRef");
        return new BatchResult.Item(i, ref != null && ref.isTextual() ? ref.asText() : null, BatchResult.Outcome.REJECTED,
                null, null, problem, null);
    }

    private static String prefix(int i) {
        return "items[" + i + "].";
    }
}
