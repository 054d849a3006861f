package ma.coopmarket.programme;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CallApplicationRepository implements PanacheRepositoryBase<CallApplication, String> {

    public Optional<CallApplication> findOf(String callId, String applicationId) {
        return findByIdOptional(applicationId).filter(a -> a.call.id.equals(callId));
    }

    /** The application locked for update, so that two decisions on it queue rather than both pass. */
    public Optional<CallApplication> lockOf(String callId, String applicationId) {
        return findByIdOptional(applicationId, LockModeType.PESSIMISTIC_WRITE).filter(a -> a.call.id.equals(callId));
    }

    public boolean exists(String callId, String cooperativeId) {
        return count("call.id = ?1 and cooperativeId = ?2", callId, cooperativeId) > 0;
    }
}
