package ma.coopmarket.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A topic of training sessions (digital marketing, e-commerce, ...). Rows, so the list grows without a release. */
@Entity
@Table(name = "training_topic")
public class TrainingTopic extends ReferenceEntry {
}
