package ma.coopmarket.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import ma.coopmarket.shared.persistence.Ids;
import ma.coopmarket.shared.text.Language;

@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<ConsentRecord, String> {

    /** Appends a record with the current text of the purpose, in the language the person read it in. */
    public ConsentRecord record(String accountId, ConsentPurpose purpose, boolean granted, Language language) {
        ConsentTexts.Text text = ConsentTexts.current(purpose);
        ConsentRecord record = new ConsentRecord();
        record.id = Ids.newId();
        record.accountId = accountId;
        record.purpose = purpose;
        record.granted = granted;
        record.textVersion = text.version();
        record.language = language;
        record.text = text.in(language);
        record.recordedAt = Instant.now();
        persist(record);
        return record;
    }

    /** The latest record of each purpose decides; none means no consent. */
    public Optional<ConsentRecord> latest(String accountId, ConsentPurpose purpose) {
        return find("accountId = ?1 and purpose = ?2", Sort.descending("recordedAt", "id"), accountId, purpose)
                .firstResultOptional();
    }

    public List<ConsentRecord> ofAccount(String accountId) {
        return list("accountId", Sort.descending("recordedAt"), accountId);
    }

    public void deleteOfAccount(String accountId) {
        delete("accountId", accountId);
    }
}
