package ma.coopmarket.partner;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

import ma.coopmarket.security.PartnerPrincipal;
import ma.coopmarket.security.Roles;

/** Turns a valid, unrevoked API key into a PARTNER identity carrying its permissions and scope. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    private final PartnerService partners;

    public ApiKeyIdentityProvider(PartnerService partners) {
        this.partners = partners;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            PartnerPrincipal partner = partners.authenticate(request.key())
                    .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked API key"));
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(partner.partnerId()))
                    .addRole(Roles.PARTNER)
                    .addAttribute(PartnerPrincipal.ATTRIBUTE, partner)
                    .build();
        });
    }
}
