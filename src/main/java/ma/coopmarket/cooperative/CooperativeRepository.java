package ma.coopmarket.cooperative;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CooperativeRepository implements PanacheRepositoryBase<Cooperative, String> {

    /** A cooperative that is not archived, or empty. */
    public Optional<Cooperative> findActive(String id) {
        return findByIdOptional(id).filter(c -> !c.isArchived());
    }

    /** A cooperative that is not archived, read with a row lock held until commit (for If-Match). */
    public Optional<Cooperative> findActiveForUpdate(String id) {
        return Optional.ofNullable(getEntityManager().find(Cooperative.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(c -> !c.isArchived());
    }

    /** Cooperatives after a feed position, in (change sequence, id) order. */
    public List<Cooperative> changesAfter(long sequence, String id, String where, java.util.Map<String, Object> params,
            int limit) {
        var query = getEntityManager().createQuery("select c from Cooperative c"
                + " where c.changeSeq >= :seq and (c.changeSeq > :seq or c.id > :id)" + where
                + " order by c.changeSeq, c.id", Cooperative.class)
                .setParameter("seq", sequence).setParameter("id", id);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** Counts of live cooperatives grouped by {@code column}, which the caller picks from a fixed set. */
    public List<GroupCount> countBy(String attribute) {
        return getEntityManager().createQuery("select new ma.coopmarket.cooperative.GroupCount(c." + attribute
                + ", count(c), sum(case when c.womenCooperative = true then 1 else 0 end))"
                + " from Cooperative c where c.archivedAt is null group by c." + attribute, GroupCount.class)
                .getResultList();
    }

    public boolean registrationNumberTaken(String registrationNumber, String exceptId) {
        return count("registrationNumber = ?1 and id <> ?2", registrationNumber, exceptId == null ? "" : exceptId) > 0;
    }
}
