package ma.coopmarket.reference;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ma.coopmarket.shared.error.ConflictException;
import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.error.NotFoundException;
import ma.coopmarket.shared.lifecycle.Lazy;

/**
 * Regions, sectors, product categories and training topics: read by everyone, checked by the features that
 * reference them. Small tables, read in one query each.
 */
@ApplicationScoped
public class ReferenceDataService {

    private final RegionRepository regions;
    /**
     * The twelve regions' codes, read once: regions are the kingdom's 2015 division, written by
     * the migrations only (no endpoint changes them), and every order and cooperative names one.
     */
    private final Lazy<Set<String>> regionCodes;
    private final SectorRepository sectors;
    private final ProductCategoryRepository categories;
    private final TrainingTopicRepository topics;

    public ReferenceDataService(RegionRepository regions, SectorRepository sectors,
            ProductCategoryRepository categories, TrainingTopicRepository topics) {
        this.regions = regions;
        this.regionCodes = Lazy.of(() -> regions.listByCode().stream().map(r -> r.code)
                .collect(Collectors.toUnmodifiableSet()));
        this.sectors = sectors;
        this.categories = categories;
        this.topics = topics;
    }

    public List<ReferenceView> regions() {
        return regions.listByCode()
                .stream().map(ReferenceView::of).toList();
    }

    public List<ReferenceView> sectors() {
        return sectors.listByCode()
                .stream().map(ReferenceView::of).toList();
    }

    public List<ReferenceView> categories() {
        return categories.listByCode()
                .stream().map(ReferenceView::of).toList();
    }

    public List<ReferenceView> topics() {
        return topics.listByCode()
                .stream().map(ReferenceView::of).toList();
    }

    public ReferenceView topic(String code) {
        return topics.findByIdOptional(code).map(ReferenceView::of)
                .orElseThrow(() -> new NotFoundException("Training topic", code));
    }

    @Transactional
    public ReferenceView createTopic(TopicFields fields) {
        if (topics.findByIdOptional(fields.code()).isPresent()) {
            throw new ConflictException("duplicate-topic", "Duplicate training topic",
                    "Training topic '" + fields.code() + "' already exists.");
        }
        TrainingTopic topic = new TrainingTopic();
        topic.code = fields.code();
        topic.nameFr = fields.nameFr().strip();
        topic.nameAr = fields.nameAr().strip();
        topic.nameEn = fields.nameEn().strip();
        topics.persist(topic);
        return ReferenceView.of(topic);
    }

    public ReferenceView sector(String code) {
        return sectors.findByIdOptional(code).map(ReferenceView::of)
                .orElseThrow(() -> new NotFoundException("Sector", code));
    }

    @Transactional
    public ReferenceView createSector(SectorFields fields) {
        if (sectors.findByIdOptional(fields.code()).isPresent()) {
            throw new ConflictException("duplicate-sector", "Duplicate sector",
                    "Sector '" + fields.code() + "' already exists.");
        }
        Sector sector = new Sector();
        sector.code = fields.code();
        sector.nameFr = fields.nameFr().strip();
        sector.nameAr = fields.nameAr().strip();
        sector.nameEn = fields.nameEn().strip();
        sectors.persist(sector);
        return ReferenceView.of(sector);
    }

    /** Fails with a field error naming {@code field} when {@code code} is not a known region. */
    public void requireRegion(String field, String code) {
        if (code != null && !regionCodes.get().contains(code)) {
            throw new InvalidRequestException(field, "unknown region code '" + code + "'; see GET /api/v1/regions");
        }
    }

    public void requireSector(String field, String code) {
        if (code != null && sectors.findByIdOptional(code).isEmpty()) {
            throw new InvalidRequestException(field, "unknown sector code '" + code + "'; see GET /api/v1/sectors");
        }
    }

    public void requireCategory(String field, String code) {
        if (code != null && categories.findByIdOptional(code).isEmpty()) {
            throw new InvalidRequestException(field, "unknown category code '" + code + "'; see GET /api/v1/categories");
        }
    }

    public void requireTopic(String field, String code) {
        if (code != null && topics.findByIdOptional(code).isEmpty()) {
            throw new InvalidRequestException(field, "unknown training topic '" + code + "'; see GET /api/v1/training-topics");
        }
    }
}
