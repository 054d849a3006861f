package ma.coopmarket.demo;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import ma.coopmarket.security.Roles;

/**
 * The identity the demo loaders act under: an admin, so that the services apply the same access rules
 * to the demo data as to any request.
 */
final class DemoAdmin {

    private DemoAdmin() {
    }

    /** Makes the current request context's caller the demo admin. */
    static void actAs(CurrentIdentityAssociation identity) {
        identity.setIdentity(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("demo-data-loader"))
                .addRole(Roles.ADMIN)
                .build());
    }
}
