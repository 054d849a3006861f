package ma.coopmarket.training;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Enrolments. The counting queries are exact only while the caller holds the training's lock. */
@ApplicationScoped
public class EnrollmentRepository implements PanacheRepositoryBase<Enrollment, String> {

    public Optional<Enrollment> findOf(String trainingId, String enrollmentId) {
        return findByIdOptional(enrollmentId).filter(e -> e.training.id.equals(trainingId));
    }

    /** The cooperative of an enrolment of the training (it never changes), without loading the enrolment. */
    public Optional<String> cooperativeOf(String trainingId, String enrollmentId) {
        return getEntityManager().createQuery("select e.cooperativeId from Enrollment e where e.id = :id"
                + " and e.training.id = :training", String.class)
                .setParameter("id", enrollmentId).setParameter("training", trainingId)
                .getResultStream().findFirst();
    }

    /** Place of an arrival in the training's waitlist, from 1. */
    public int waitlistPosition(String trainingId, long arrival) {
        return (int) count("training.id = ?1 and status = ?2 and arrival <= ?3", trainingId,
                EnrollmentStatus.WAITLISTED, arrival);
    }

    public boolean activePhoneTaken(String trainingId, String phone) {
        return count("training.id = ?1 and activePhone = ?2", trainingId, phone) > 0;
    }

    /** The cooperative's enrolments that hold or wait for a seat. */
    public long countActive(String trainingId, String cooperativeId) {
        return count("training.id = ?1 and cooperativeId = ?2 and status in ?3", trainingId, cooperativeId,
                EnrollmentStatus.ACTIVE);
    }

    public Optional<Enrollment> firstWaitlisted(String trainingId) {
        return find("training.id = ?1 and status = ?2", Sort.ascending("arrival"), trainingId,
                EnrollmentStatus.WAITLISTED).firstResultOptional();
    }

    /** Arrival numbers of the waitlist, in order: position n is the n-th of this list. */
    public List<Long> waitlistArrivals(String trainingId) {
        return getEntityManager().createQuery("select e.arrival from Enrollment e where e.training.id = :training"
                + " and e.status = :status order by e.arrival", Long.class)
                .setParameter("training", trainingId).setParameter("status", EnrollmentStatus.WAITLISTED)
                .getResultList();
    }

    public List<Enrollment> withStatus(String trainingId, Collection<EnrollmentStatus> statuses) {
        return list("training.id = ?1 and status in ?2", Sort.ascending("arrival"), trainingId, statuses);
    }

    /**
     * Participation counts grouped by {@code dimension} (a JPQL path over alias e, e.g.
     * {@code e.cooperativeRegionCode}, chosen by the caller from a fixed set), for trainings
     * starting in [from, to).
     */
    public List<ParticipationCount> countBy(String dimension, Instant from, Instant to) {
        String attended = "ma.coopmarket.training.EnrollmentStatus.ATTENDED";
        String completed = "ma.coopmarket.training.EnrollmentStatus.COMPLETED";
        String female = "ma.coopmarket.training.Gender.FEMALE";
        var query = getEntityManager().createQuery("select new ma.coopmarket.training.ParticipationCount("
                + dimension + ", count(e),"
                + " sum(case when e.status in (" + attended + ", " + completed + ") then 1 else 0 end),"
                + " sum(case when e.status = " + completed + " then 1 else 0 end),"
                + " sum(case when e.gender = " + female + " then 1 else 0 end))"
                + " from Enrollment e join e.training t"
                + " where e.status in :holding and t.startsAt >= :from and t.startsAt < :to"
                + " group by " + dimension, ParticipationCount.class);
        Parameters.with("holding", EnrollmentStatus.SEAT_HOLDING).and("from", from).and("to", to).map()
                .forEach(query::setParameter);
        return query.getResultList();
    }

    public List<Enrollment> page(String where, Map<String, Object> params, int offset, int limit) {
        var query = getEntityManager().createQuery("select e from Enrollment e where " + where
                + " order by e.arrival asc", Enrollment.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countWhere(String where, Map<String, Object> params) {
        var query = getEntityManager().createQuery("select count(e) from Enrollment e where " + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }
}
