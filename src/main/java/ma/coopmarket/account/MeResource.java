package ma.coopmarket.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ma.coopmarket.security.AccessPolicy;
import ma.coopmarket.security.Roles;

/** The signed-in person's own account. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class MeResource {

    private final AccountService accounts;
    private final AccessPolicy access;

    public MeResource(AccountService accounts, AccessPolicy access) {
        this.accounts = accounts;
        this.access = access;
    }

    @GET
    @RolesAllowed({ Roles.CUSTOMER, Roles.MANAGER, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getMe", description = "The account of the caller (customer, manager or admin): its profile and, for a manager, the cooperatives it manages.", summary = "The signed-in account")
    @APIResponse(responseCode = "200", description = "The account.")
    public AccountView me() {
        return accounts.get(access.caller().id());
    }
}
