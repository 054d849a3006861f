package ma.coopmarket.cooperative;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;

import ma.coopmarket.shared.changes.ChangeStamper;

/** Writes the change sequence on cooperative rows for the delta feed. */
@ApplicationScoped
public class CooperativeChangeStamper implements ChangeStamper {

    public static final String KIND = "cooperative";

    private final CooperativeRepository cooperatives;

    public CooperativeChangeStamper(CooperativeRepository cooperatives) {
        this.cooperatives = cooperatives;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void stamp(Collection<String> ids, long sequence) {
        cooperatives.stampChange(ids, sequence);
    }
}
