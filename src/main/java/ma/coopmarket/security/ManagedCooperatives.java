package ma.coopmarket.security;

import java.util.Set;

/**
 * The cooperatives a manager manages, as {@link AccessPolicy} needs them to decide ownership. Owned
 * here and implemented by the accounts (which hold the assignment), so that security depends on no
 * feature.
 */
public interface ManagedCooperatives {

    /** The ids of the cooperatives that the user {@code userId} manages; empty for anyone else. */
    Set<String> of(String userId);
}
