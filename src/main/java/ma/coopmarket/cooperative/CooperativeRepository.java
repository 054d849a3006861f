package ma.coopmarket.cooperative;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CooperativeRepository implements PanacheRepositoryBase<Cooperative, String> {

    /** A cooperative that is not archived, or empty. */
    public Optional<Cooperative> findActive(String id) {
        return findByIdOptional(id).filter(c -> !c.isArchived());
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
