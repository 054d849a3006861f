package ma.coopmarket.security;

import java.util.Set;

/** The cooperatives a caller may see data of: all of them, or the listed ones. */
public record CooperativeScope(boolean all, Set<String> ids) {

    public static final CooperativeScope ALL = new CooperativeScope(true, Set.of());
    public static final CooperativeScope NONE = new CooperativeScope(false, Set.of());

    public static CooperativeScope of(Set<String> ids) {
        return new CooperativeScope(false, Set.copyOf(ids));
    }

    public boolean includes(String cooperativeId) {
        return all || ids.contains(cooperativeId);
    }
}
