package ma.coopmarket.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** Admins register partner platforms, grant their scope, and issue and revoke their API keys. */
@Path("/api/v1/admin/partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Administration")
public class PartnerAdminResource {

    private final PartnerService partners;

    public PartnerAdminResource(PartnerService partners) {
        this.partners = partners;
    }

    @POST
    @Operation(operationId = "createPartner", description = "Admins only. Registers a partner platform with its permissions and the cooperatives it may act for; issue its API keys with `POST /api/v1/admin/partners/{id}/keys`.", summary = "Register a partner platform")
    @APIResponse(responseCode = "201", description = "The partner (no key yet).",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    public RestResponse<PartnerView> create(@Valid @NotNull PartnerFields body) {
        PartnerView created = partners.create(body);
        return Responses.created("/api/v1/admin/partners/" + created.id(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPartner", description = "Admins only. The partner with its permissions, cooperatives and keys (prefix, creation, last use, revocation); a key itself is never shown again after it is issued.", summary = "Get a partner with its keys' prefixes and last use")
    @APIResponse(responseCode = "200", description = "The partner.")
    public PartnerView get(@PathParam("id") String id) {
        return partners.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updatePartner", description = "Admins only. Replaces the partner's name, permissions and cooperatives; its existing API keys keep working with the new rights.", summary = "Replace a partner's name, permissions and cooperatives")
    @APIResponse(responseCode = "200", description = "The partner.")
    public PartnerView update(@PathParam("id") String id, @Valid @NotNull PartnerFields body) {
        return partners.update(id, body);
    }

    @POST
    @Path("/{id}/keys")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "createPartnerKey", summary = "Issue an API key (shown once)",
            description = "To rotate: issue a new key, move the client to it, then revoke the old one.")
    @APIResponse(responseCode = "201", description = "The key, with its secret; only its hash is kept.",
            content = @Content(schema = @Schema(implementation = NewApiKey.class)))
    public RestResponse<NewApiKey> createKey(@PathParam("id") String id) {
        NewApiKey key = partners.createKey(id);
        return Responses.created("/api/v1/admin/partners/" + id, key);
    }

    @DELETE
    @Path("/{id}/keys/{keyId}")
    @Operation(operationId = "revokePartnerKey", description = "Admins only. Revokes one API key at once: requests with it get a 401 from then on; the partner's other keys keep working.", summary = "Revoke an API key")
    @APIResponse(responseCode = "204", description = "Revoked; requests with it are now 401.")
    public void revokeKey(@PathParam("id") String id, @PathParam("keyId") String keyId) {
        partners.revokeKey(id, keyId);
    }
}
