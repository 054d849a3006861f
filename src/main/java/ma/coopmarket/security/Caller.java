package ma.coopmarket.security;

import java.util.Set;

/** Who is calling, as the access policy needs it. */
public record Caller(Kind kind, String id, Set<Permission> permissions, Set<String> partnerCooperativeIds) {

    public enum Kind {
        ANONYMOUS, ADMIN, MANAGER, CUSTOMER, PARTNER
    }

    static final Caller ANONYMOUS = new Caller(Kind.ANONYMOUS, null, Set.of(), Set.of());

    public boolean is(Kind other) {
        return kind == other;
    }
}
