package ma.coopmarket.cooperative;

import java.time.Year;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import ma.coopmarket.reference.ReferenceDataService;
import ma.coopmarket.search.SearchIndex;
import ma.coopmarket.security.AccessPolicy;
import ma.coopmarket.shared.changes.ChangeTracker;
import ma.coopmarket.shared.error.ConflictException;
import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.error.NotFoundException;
import ma.coopmarket.shared.error.PreconditionFailedException;
import ma.coopmarket.shared.text.Language;
import ma.coopmarket.shared.text.SearchText;
import ma.coopmarket.shared.web.ETags;
import ma.coopmarket.shared.web.Page;
import ma.coopmarket.shared.web.PageParams;
import ma.coopmarket.shared.web.Tagged;

/**
 * The cooperatives directory: reads, writes and the checks that go with them. Every write
 * records the cooperative for the delta feed; reads carry a strong ETag and updates honour If-Match.
 */
@ApplicationScoped
public class CooperativeService {

    private final CooperativeRepository cooperatives;
    private final ReferenceDataService reference;
    private final AccessPolicy access;
    private final ChangeTracker changes;
    private final Event<CooperativeArchived> archived;
    private final SearchIndex search;

    public CooperativeService(CooperativeRepository cooperatives, ReferenceDataService reference,
            AccessPolicy access, ChangeTracker changes, Event<CooperativeArchived> archived, SearchIndex search) {
        this.search = search;
        this.cooperatives = cooperatives;
        this.reference = reference;
        this.access = access;
        this.changes = changes;
        this.archived = archived;
    }

    public Page<CooperativeView> list(CooperativeFilter filter, PageParams paging) {
        StringBuilder where = new StringBuilder("archivedAt is null");
        Map<String, Object> params = new HashMap<>();
        if (filter.region != null) {
            where.append(" and regionCode = :region");
            params.put("region", filter.region);
        }
        if (filter.sector != null) {
            where.append(" and sectorCode = :sector");
            params.put("sector", filter.sector);
        }
        if (filter.women != null) {
            where.append(" and womenCooperative = :women");
            params.put("women", filter.women);
        }
        if (filter.status != null) {
            where.append(" and status = :status");
            params.put("status", filter.status);
        }
        if (filter.q != null && !filter.q.isBlank()) {
            where.append(" and searchText like :q");
            params.put("q", SearchText.likePattern(filter.q));
        }
        Sort sort = "newest".equals(filter.sort)
                ? Sort.descending("createdAt", "id")
                : Sort.ascending("nameFr", "id");
        var query = cooperatives.find(where.toString(), sort, params);
        List<CooperativeView> items = query.page(paging.page, paging.size).list()
                .stream().map(CooperativeView::of).toList();
        return Page.of(items, paging, query.count());
    }

    public Tagged<CooperativeView> get(String id) {
        return tagged(require(id));
    }

    @Transactional
    public CooperativeView create(CooperativeFields fields) {
        check(fields, null);
        Cooperative cooperative = new Cooperative();
        apply(cooperative, fields);
        cooperatives.persist(cooperative);
        cooperatives.flush();
        changes.changed(CooperativeChangeStamper.KIND, cooperative.id);
        return CooperativeView.of(cooperative);
    }

    /** Replaces the editable fields; {@code ifMatch} (optional) must name the current ETag, else 412. */
    @Transactional
    public Tagged<CooperativeView> update(String id, String ifMatch, CooperativeFields fields) {
        Cooperative cooperative = cooperatives.findActiveForUpdate(id)
                .orElseThrow(() -> new NotFoundException("Cooperative", id));
        access.requireManage(id, AccessPolicy.Scope.PROFILE, () -> new NotFoundException("Cooperative", id));
        String etag = etag(cooperative);
        ETags.requireMatch(ifMatch, etag, () -> new PreconditionFailedException("Cooperative", id, etag));
        check(fields, id);
        String indexed = indexed(cooperative);
        apply(cooperative, fields);
        cooperatives.flush();
        changes.changed(CooperativeChangeStamper.KIND, id);
        if (!indexed.equals(indexed(cooperative))) {
            search.reindexCooperative(id); // its names, town and region are part of its products' index
        }
        return tagged(cooperative);
    }

    @Transactional
    public CooperativeView changeStatus(String id, CooperativeStatus status) {
        Cooperative cooperative = require(id);
        cooperative.status = status;
        cooperatives.flush();
        changes.changed(CooperativeChangeStamper.KIND, id);
        return CooperativeView.of(cooperative);
    }

    @Transactional
    public void archive(String id) {
        Cooperative cooperative = require(id);
        cooperative.archive();
        cooperatives.flush();
        changes.changed(CooperativeChangeStamper.KIND, id);
        archived.fire(new CooperativeArchived(id));
        search.reindexCooperative(id); // its products leave the search
    }

    /** What of a cooperative its products are indexed and filtered by. */
    private static String indexed(Cooperative c) {
        return String.join("|", c.nameFr, String.valueOf(c.nameAr), String.valueOf(c.nameEn), c.city, c.regionCode,
                c.sectorCode, String.valueOf(c.womenCooperative));
    }

    /** The strong ETag of a cooperative, from its version. */
    static String etag(Cooperative c) {
        return ETags.of(c.version);
    }

    private static Tagged<CooperativeView> tagged(Cooperative c) {
        return new Tagged<>(CooperativeView.of(c), etag(c));
    }

    /** Live cooperatives counted by region code. */
    public List<GroupCount> countByRegion() {
        return cooperatives.countBy("regionCode");
    }

    /** Live cooperatives counted by sector code. */
    public List<GroupCount> countBySector() {
        return cooperatives.countBy("sectorCode");
    }

    /** Live cooperatives whose phone is this number (for answers by SMS). */
    public List<CooperativeView> withPhone(String phone) {
        return cooperatives.list("phone = ?1 and archivedAt is null", phone).stream().map(CooperativeView::of).toList();
    }

    /** Whether a live (not archived) cooperative has this id. */
    public boolean exists(String id) {
        return cooperatives.findActive(id).isPresent();
    }

    /** Cooperatives by id, archived ones included (for lists that name them); unknown ids are left out. */
    public Map<String, CooperativeFacts> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return cooperatives.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(c -> c.id, CooperativeFacts::of));
    }

    /** The cooperative, if it exists and is not archived; for the products that hang off it (a JPA relation). */
    public Cooperative require(String id) {
        return cooperatives.findActive(id).orElseThrow(() -> new NotFoundException("Cooperative", id));
    }

    /** What other features need to know of a cooperative that exists and is not archived; 404 otherwise. */
    public CooperativeFacts facts(String id) {
        return CooperativeFacts.of(require(id));
    }

    private void check(CooperativeFields fields, String id) {
        reference.requireRegion("regionCode", fields.regionCode());
        reference.requireSector("sectorCode", fields.sectorCode());
        if (fields.foundedYear() != null && fields.foundedYear() > Year.now().getValue()) {
            throw new InvalidRequestException("foundedYear", "must not be in the future");
        }
        if (Boolean.TRUE.equals(fields.smsNotifications()) && fields.phone() == null) {
            throw new InvalidRequestException("phone", "is required when smsNotifications is true");
        }
        if (cooperatives.registrationNumberTaken(fields.registrationNumber().strip(), id)) {
            throw new ConflictException("duplicate-registration-number", "Duplicate registration number",
                    "A cooperative with registration number '" + fields.registrationNumber() + "' already exists.");
        }
    }

    private static void apply(Cooperative c, CooperativeFields f) {
        c.nameFr = f.nameFr().strip();
        c.nameAr = f.nameAr().strip();
        c.nameEn = strip(f.nameEn());
        c.registrationNumber = f.registrationNumber().strip();
        c.legalForm = f.legalForm();
        c.regionCode = f.regionCode();
        c.city = f.city().strip();
        c.sectorCode = f.sectorCode();
        c.foundedYear = f.foundedYear();
        c.memberCount = f.memberCount();
        c.womenCooperative = f.womenCooperative();
        c.descriptionFr = strip(f.descriptionFr());
        c.descriptionAr = strip(f.descriptionAr());
        c.descriptionEn = strip(f.descriptionEn());
        c.phone = f.phone();
        c.email = f.email() == null ? null : f.email().strip().toLowerCase();
        c.smsNotifications = Boolean.TRUE.equals(f.smsNotifications());
        c.smsLanguage = f.smsLanguage() == null ? Language.fr : f.smsLanguage();
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
