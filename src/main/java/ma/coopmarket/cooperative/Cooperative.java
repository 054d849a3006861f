package ma.coopmarket.cooperative;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import ma.coopmarket.shared.persistence.AuditedEntity;
import ma.coopmarket.shared.text.Language;
import ma.coopmarket.shared.text.SearchText;

/** A cooperative of the national directory. Archiving is a soft delete. */
@Entity
@Table(name = "cooperative")
public class Cooperative extends AuditedEntity {

    static final int SEARCH_TEXT_LENGTH = 700;

    @Column(name = "name_fr", nullable = false)
    public String nameFr;

    @Column(name = "name_ar", nullable = false)
    public String nameAr;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "registration_number", nullable = false)
    public String registrationNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", nullable = false)
    public LegalForm legalForm;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public String city;

    @Column(name = "sector_code", nullable = false)
    public String sectorCode;

    @Column(name = "founded_year")
    public Integer foundedYear;

    @Column(name = "member_count")
    public Integer memberCount;

    @Column(name = "women_cooperative", nullable = false)
    public boolean womenCooperative;

    @Column(name = "description_fr")
    public String descriptionFr;

    @Column(name = "description_ar")
    public String descriptionAr;

    @Column(name = "description_en")
    public String descriptionEn;

    public String phone;

    public String email;

    @Column(name = "sms_notifications", nullable = false)
    public boolean smsNotifications;

    /** The language of the SMS sent to the cooperative. */
    @Enumerated(EnumType.STRING)
    @Column(name = "sms_language", nullable = false)
    public Language smsLanguage = Language.fr;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CooperativeStatus status;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(name = "archived_at")
    public Instant archivedAt;

    /** Commit-ordered change sequence, written by {@link ma.coopmarket.shared.changes.ChangeTracker} only. */
    @Column(name = "change_seq", insertable = false, updatable = false)
    public long changeSeq;

    public boolean isArchived() {
        return archivedAt != null;
    }

    public void archive() {
        if (archivedAt == null) {
            archivedAt = Instant.now();
        }
    }

    @PrePersist
    void beforeInsert() {
        if (status == null) {
            status = CooperativeStatus.PENDING;
        }
        refreshSearchText();
    }

    @PreUpdate
    void beforeUpdate() {
        refreshSearchText();
    }

    private void refreshSearchText() {
        searchText = SearchText.index(SEARCH_TEXT_LENGTH, nameFr, nameAr, nameEn, city);
    }
}
