package ma.coopmarket.partner;

import java.util.Set;

import ma.coopmarket.security.Permission;

/** What an authenticated API key stands for. */
public record PartnerPrincipal(String partnerId, Set<Permission> permissions, Set<String> cooperativeIds) {
}
