package ma.coopmarket.programme;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import ma.coopmarket.shared.persistence.AuditedEntity;

/**
 * A support programme run by an organiser (the cooperation development office, an incubator, a
 * national upgrade centre, a platform), e.g. Mourafaka. It groups training sessions and calls for
 * applications. An inactive programme stays readable but takes no new sessions or calls.
 */
@Entity
@Table(name = "programme")
public class Programme extends AuditedEntity {

    @Column(name = "name_fr", nullable = false)
    public String nameFr;

    @Column(name = "name_ar", nullable = false)
    public String nameAr;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "description_fr")
    public String descriptionFr;

    @Column(name = "description_ar")
    public String descriptionAr;

    @Column(name = "description_en")
    public String descriptionEn;

    @Column(nullable = false)
    public String organiser;

    @Column(name = "financing_programme")
    public String financingProgramme;

    @Column(name = "financing_url")
    public String financingUrl;

    @Column(nullable = false)
    public boolean active;

}
