package ma.coopmarket.partner;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, String> {

    /** Partners whose scope includes this cooperative. */
    public List<Partner> withCooperative(String cooperativeId) {
        return getEntityManager().createQuery("select p from Partner p join p.cooperativeIds c where c = :cooperative",
                Partner.class).setParameter("cooperative", cooperativeId).getResultList();
    }
}
