package ma.coopmarket.security;

import java.util.Set;

/**
 * What an authenticated API key stands for: the partner, its permissions and the cooperatives of its
 * scope. Partners authenticate it themselves (the partner package); the security identity carries it
 * under {@link #ATTRIBUTE}, and {@link AccessPolicy} reads it from there.
 */
public record PartnerPrincipal(String partnerId, Set<Permission> permissions, Set<String> cooperativeIds) {

    /** The identity attribute that holds a partner caller's principal. */
    public static final String ATTRIBUTE = "coopmarket.partner";
    /** The request header that carries a partner's API key (never the query string: URLs end up in logs). */
    public static final String API_KEY_HEADER = "X-API-Key";
}
