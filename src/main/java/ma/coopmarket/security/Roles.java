package ma.coopmarket.security;

/** Role names, as carried in the JWT {@code groups} claim and used by {@code @RolesAllowed}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String MANAGER = "COOPERATIVE_MANAGER";
    public static final String CUSTOMER = "CUSTOMER";
    public static final String PARTNER = "PARTNER";

    private Roles() {
    }
}
