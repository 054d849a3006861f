package ma.coopmarket.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import ma.coopmarket.shared.error.ConflictException;
import ma.coopmarket.shared.error.FieldError;
import ma.coopmarket.shared.persistence.AuditedEntity;
import ma.coopmarket.shared.persistence.StringListConverter;

/**
 * A call for applications of a programme (e.g. Mourafaka's 4th tranche, 500 cooperatives): open
 * between two dates, with eligibility rules and a quota of cooperatives to select.
 */
@Entity
@Table(name = "programme_call")
public class ProgrammeCall extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false, updatable = false)
    public Programme programme;

    @Column(name = "title_fr", nullable = false)
    public String titleFr;

    @Column(name = "title_ar", nullable = false)
    public String titleAr;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "description_fr")
    public String descriptionFr;

    @Column(name = "description_ar")
    public String descriptionAr;

    @Column(name = "description_en")
    public String descriptionEn;

    @Column(nullable = false)
    public int quota;

    /**
     * Cooperatives selected so far. Never written from this entity (updatable = false): only the
     * conditional UPDATE of {@link ProgrammeCallRepository#takePlace} raises it, so that an edit
     * of the call can never write back a stale count.
     */
    @Column(name = "selected_count", nullable = false, updatable = false)
    public int selectedCount;

    @Column(name = "opens_at", nullable = false)
    public Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;

    /** Region codes a cooperative must be in; empty means any region. */
    @Convert(converter = StringListConverter.class)
    @Column(name = "eligible_regions", nullable = false)
    public List<String> eligibleRegions = List.of();

    /** Sector codes a cooperative must be in; empty means any sector. */
    @Convert(converter = StringListConverter.class)
    @Column(name = "eligible_sectors", nullable = false)
    public List<String> eligibleSectors = List.of();

    @Column(name = "women_only", nullable = false)
    public boolean womenOnly;

    public boolean isOpen(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** Fails with a 409 unless applications are taken at {@code now}. */
    public void requireOpen(Instant now) {
        if (now.isBefore(opensAt)) {
            throw new ConflictException("call-not-open", "Call not open yet",
                    "This call takes applications from " + opensAt + ".");
        }
        if (!now.isBefore(closesAt)) {
            throw new ConflictException("call-closed", "Call closed",
                    "This call stopped taking applications at " + closesAt + ".");
        }
    }

    /** Why a cooperative with these traits may not apply; empty when it is eligible. */
    public List<FieldError> ineligibility(String regionCode, String sectorCode, boolean womenCooperative) {
        List<FieldError> reasons = new ArrayList<>();
        if (!eligibleRegions.isEmpty() && !eligibleRegions.contains(regionCode)) {
            reasons.add(new FieldError("cooperative.regionCode", "the cooperative's region " + regionCode
                    + " is not one of " + String.join(", ", eligibleRegions)));
        }
        if (!eligibleSectors.isEmpty() && !eligibleSectors.contains(sectorCode)) {
            reasons.add(new FieldError("cooperative.sectorCode", "the cooperative's sector " + sectorCode
                    + " is not one of " + String.join(", ", eligibleSectors)));
        }
        if (womenOnly && !womenCooperative) {
            reasons.add(new FieldError("cooperative.womenCooperative",
                    "the call is for women's cooperatives only"));
        }
        return reasons;
    }
}
