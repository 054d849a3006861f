package ma.coopmarket.training;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TrainingRepository implements PanacheRepositoryBase<Training, String> {

    /**
     * The training, its row locked for update until the transaction ends (SELECT ... FOR UPDATE):
     * the one lock that serialises all changes to its enrolments.
     */
    public Optional<Training> lock(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** One page of trainings matching {@code where} (over alias t). */
    public List<Training> page(String where, Map<String, Object> params, int offset, int limit) {
        var query = getEntityManager().createQuery("select t from Training t where " + where
                + " order by t.startsAt asc, t.id asc", Training.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countWhere(String where, Map<String, Object> params) {
        var query = getEntityManager().createQuery("select count(t) from Training t where " + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }
}
