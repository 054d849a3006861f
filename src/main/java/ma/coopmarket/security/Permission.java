package ma.coopmarket.security;

/** What an admin grants a partner platform on the cooperatives in its scope. */
public enum Permission {
    CATALOG_READ, CATALOG_WRITE
}
