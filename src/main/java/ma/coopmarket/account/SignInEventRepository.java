package ma.coopmarket.account;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import ma.coopmarket.shared.persistence.Ids;

@ApplicationScoped
public class SignInEventRepository implements PanacheRepositoryBase<SignInEvent, String> {

    public void record(String accountId, SignInEvent.Method method, boolean succeeded, String clientIp) {
        SignInEvent event = new SignInEvent();
        event.id = Ids.newId();
        event.accountId = accountId;
        event.method = method;
        event.succeeded = succeeded;
        event.clientIp = clientIp;
        event.occurredAt = Instant.now();
        persist(event);
    }

    public List<SignInEvent> ofAccount(String accountId) {
        return list("accountId", Sort.descending("occurredAt"), accountId);
    }

    public void deleteOfAccount(String accountId) {
        delete("accountId", accountId);
    }
}
