package ma.coopmarket.programme;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProgrammeCallRepository implements PanacheRepositoryBase<ProgrammeCall, String> {

    /** The call if it belongs to the programme. */
    public Optional<ProgrammeCall> findOf(String programmeId, String callId) {
        return findByIdOptional(callId).filter(c -> c.programme.id.equals(programmeId));
    }

    /** The call locked for update (SELECT ... FOR UPDATE), if it belongs to the programme. */
    public Optional<ProgrammeCall> lockOf(String programmeId, String callId) {
        return findByIdOptional(callId, LockModeType.PESSIMISTIC_WRITE).filter(c -> c.programme.id.equals(programmeId));
    }

    /**
     * Takes one place of the quota if one is left, in a single conditional UPDATE: parallel
     * selections queue on the row and each sees the count the previous one committed, so the
     * count can never pass the quota. Returns whether a place was taken.
     */
    public boolean takePlace(String callId) {
        return getEntityManager().createNativeQuery(
                "UPDATE programme_call SET selected_count = selected_count + 1 WHERE id = ?1 AND selected_count < quota")
                .setParameter(1, callId)
                .executeUpdate() == 1;
    }
}
