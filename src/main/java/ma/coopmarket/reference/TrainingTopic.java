package ma.coopmarket.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A topic of training sessions (digital marketing, e-commerce, ...). Rows, so the list grows without a release. */
@Entity
@Table(name = "training_topic")
public class TrainingTopic {

    @Id
    public String code;

    @Column(name = "name_fr", nullable = false)
    public String nameFr;

    @Column(name = "name_ar", nullable = false)
    public String nameAr;

    @Column(name = "name_en", nullable = false)
    public String nameEn;
}
