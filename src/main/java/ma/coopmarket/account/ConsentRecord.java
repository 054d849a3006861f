package ma.coopmarket.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ma.coopmarket.shared.text.Language;

/** A consent given or withdrawn, with the text shown: appended, never changed. */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

    @Id
    public String id;

    @Column(name = "account_id", nullable = false)
    public String accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentPurpose purpose;

    @Column(nullable = false)
    public boolean granted;

    @Column(name = "text_version", nullable = false)
    public String textVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Language language;

    @Column(name = "consent_text", nullable = false)
    public String text;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
