package ma.coopmarket.account;

import ma.coopmarket.security.Roles;

/** The role of a person's account. Partners are not accounts: they hold API keys. */
public enum AccountRole {
    ADMIN(Roles.ADMIN), COOPERATIVE_MANAGER(Roles.MANAGER), CUSTOMER(Roles.CUSTOMER);

    private final String group;

    AccountRole(String group) {
        this.group = group;
    }

    /** The name carried in the access token's {@code groups} claim. */
    public String group() {
        return group;
    }
}
