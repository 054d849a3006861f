package ma.coopmarket.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ma.coopmarket.shared.error.Problem;
import ma.coopmarket.shared.web.Responses;

/** Registration, sign-in, token refresh and sign-out. Stricter rate limits apply here. */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class AuthResource {

    private final AccountService accounts;
    private final TokenService tokens;

    public AuthResource(AccountService accounts, TokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @POST
    @Path("/register")
    @Operation(operationId = "registerCustomer", description = "Creates a customer account (email, phone, name, password, preferred language). Sign in afterwards with `POST /api/v1/auth/token`. An email already registered is a 409.", summary = "Register as a customer")
    @APIResponse(responseCode = "201", description = "The account; sign in with POST /api/v1/auth/token.",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    public RestResponse<AccountView> register(@Valid @NotNull RegistrationFields body) {
        return Responses.created("/api/v1/me", accounts.register(body));
    }

    @POST
    @Path("/token")
    @Operation(operationId = "signIn", summary = "Exchange email and password for tokens",
            description = "Returns a short-lived signed JWT access token and a single-use refresh token.")
    @APIResponse(responseCode = "200", description = "The tokens.")
    @APIResponse(responseCode = "401", description = "Wrong email or password.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public TokenResponse signIn(@Valid @NotNull TokenRequest body) {
        return tokens.signIn(body);
    }

    @POST
    @Path("/refresh")
    @Operation(operationId = "refreshToken", summary = "Rotate a refresh token",
            description = "The presented refresh token is spent; a new pair is returned. Presenting a spent token "
                    + "again revokes its whole family.")
    @APIResponse(responseCode = "200", description = "The new tokens.")
    @APIResponse(responseCode = "401", description = "Unknown, expired, spent or revoked refresh token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public TokenResponse refresh(@Valid @NotNull RefreshRequest body) {
        return tokens.refresh(body.refreshToken());
    }

    @POST
    @Path("/logout")
    @Operation(operationId = "signOut", description = "Revokes the refresh token sent, so that it can no longer be exchanged for access tokens. The access token in use stays valid until it expires (15 minutes by default).", summary = "Revoke a refresh token (sign out)")
    @APIResponse(responseCode = "204", description = "Revoked (also when it was unknown or already revoked).")
    public void logout(@Valid @NotNull RefreshRequest body) {
        tokens.revoke(body.refreshToken());
    }
}
