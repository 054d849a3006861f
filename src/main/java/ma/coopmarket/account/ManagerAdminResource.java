package ma.coopmarket.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ma.coopmarket.security.Roles;
import ma.coopmarket.shared.web.Responses;

/** Admins create cooperative managers and bind them to cooperatives. */
@Path("/api/v1/admin/managers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
public class ManagerAdminResource {

    private final AccountService accounts;

    public ManagerAdminResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @POST
    @Operation(operationId = "createManager", description = "Admins only. Creates the account of a cooperative's manager, bound to the cooperatives given; the manager then signs in with its email and password and acts on those cooperatives only (their catalogue, their order parts). An email already in use is a 409.", summary = "Create a cooperative manager")
    @APIResponse(responseCode = "201", description = "The manager's account.",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    public RestResponse<AccountView> create(@Valid @NotNull ManagerFields body) {
        AccountView created = accounts.createManager(body);
        return Responses.created("/api/v1/admin/managers/" + created.id(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getManager", description = "Admins only. The manager's account and the cooperatives it manages.", summary = "Get a manager's account")
    @APIResponse(responseCode = "200", description = "The account.")
    public AccountView get(@PathParam("id") String id) {
        return accounts.get(id);
    }

    @PUT
    @Path("/{id}/cooperatives")
    @Operation(operationId = "bindManager", description = "Admins only. Replaces the whole set of cooperatives the manager manages (send every cooperative id to keep).", summary = "Set the cooperatives a manager manages")
    @APIResponse(responseCode = "200", description = "The manager with the new set.")
    public AccountView bind(@PathParam("id") String id, @Valid @NotNull ManagerCooperatives body) {
        return accounts.bindManager(id, body.cooperativeIds());
    }
}
