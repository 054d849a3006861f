package ma.coopmarket.cooperative;

import jakarta.enterprise.context.ApplicationScoped;

import ma.coopmarket.shared.changes.ChangeStamper;

/** Cooperative rows carry the change sequence of the delta feed. */
@ApplicationScoped
public class CooperativeChangeStamper implements ChangeStamper {

    public static final String KIND = "cooperative";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String table() {
        return "cooperative";
    }
}
