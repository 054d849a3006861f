package ma.coopmarket.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import io.vertx.core.http.HttpServerRequest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ma.coopmarket.shared.error.Problem;
import ma.coopmarket.shared.web.ClientAddress;
import ma.coopmarket.shared.web.Responses;

/** Registration, sign-in, token refresh and sign-out. Stricter rate limits apply here. */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class AuthResource {

    private final AccountService accounts;
    private final TokenService tokens;
    private final CodeAuthService codeAuth;

    public AuthResource(AccountService accounts, TokenService tokens, CodeAuthService codeAuth) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.codeAuth = codeAuth;
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
    public TokenResponse signIn(@Valid @NotNull TokenRequest body, @Context HttpServerRequest http) {
        return tokens.signIn(body, ClientAddress.of(http));
    }

    @POST
    @Path("/phone/code")
    @Operation(operationId = "requestSignInCode", summary = "Send a sign-in code by SMS",
            description = "Sends a 6-digit code by SMS to a Moroccan mobile number, valid 5 minutes. The answer is the "
                    + "same whether or not an account holds the number: with the code, `POST /api/v1/auth/phone/token` "
                    + "signs in, or opens an account for a new number. Limits: one code a minute and 5 an hour per "
                    + "number, and a budget per client address; beyond them, 429 with Retry-After.")
    @APIResponse(responseCode = "202", description = "A code is on its way (if the number can receive SMS).",
            content = @Content(schema = @Schema(implementation = CodeSent.class)))
    @APIResponse(responseCode = "429", description = "Too many codes for this number or from this address.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RestResponse<CodeSent> requestSignInCode(@Valid @NotNull PhoneCodeRequest body,
            @Context HttpServerRequest http) {
        return RestResponse.status(RestResponse.Status.ACCEPTED, codeAuth.requestSignInCode(body, ClientAddress.of(http)));
    }

    @POST
    @Path("/phone/token")
    @Operation(operationId = "signInWithCode", summary = "Sign in (or open an account) with an SMS code",
            description = "Exchanges the number and the code it received for tokens. For a number without an account, "
                    + "the same call opens a customer account: then fullName and preferredLanguage are required (a 400 "
                    + "naming them leaves the code usable). A wrong code counts one of the code's 5 tries; then 429.")
    @APIResponse(responseCode = "200", description = "Signed in to the account of this number.",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "201", description = "An account was opened for this number, and signed in.",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, or the code is wrong, expired or used (`invalid-code`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many wrong codes for this number.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RestResponse<TokenResponse> signInWithCode(@Valid @NotNull PhoneSignIn body, @Context HttpServerRequest http) {
        CodeAuthService.SignedIn signedIn = codeAuth.signIn(body, ClientAddress.of(http));
        return signedIn.created() ? Responses.created("/api/v1/me", signedIn.tokens()) : RestResponse.ok(signedIn.tokens());
    }

    @POST
    @Path("/password-reset/code")
    @Operation(operationId = "requestPasswordResetCode", summary = "Send a password-reset code",
            description = "By SMS to an account's verified phone, or by e-mail to its address (exactly one). The answer "
                    + "is the same whether or not an account exists; no code is sent when none does.")
    @APIResponse(responseCode = "202", description = "A code is on its way if an account holds this phone or address.",
            content = @Content(schema = @Schema(implementation = CodeSent.class)))
    @APIResponse(responseCode = "429", description = "Too many codes for this phone or address, or from this client.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RestResponse<CodeSent> requestPasswordResetCode(@Valid @NotNull PasswordResetCodeRequest body,
            @Context HttpServerRequest http) {
        return RestResponse.status(RestResponse.Status.ACCEPTED, codeAuth.requestResetCode(body, ClientAddress.of(http)));
    }

    @POST
    @Path("/password-reset")
    @Operation(operationId = "resetPassword", summary = "Choose a new password with a reset code",
            description = "Sets the new password and ends every session of the account (its refresh tokens are revoked).")
    @APIResponse(responseCode = "204", description = "The password is changed; sign in again.")
    @APIResponse(responseCode = "400", description = "Invalid input, or the code is wrong, expired or used (`invalid-code`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many wrong codes for this phone or address.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public void resetPassword(@Valid @NotNull PasswordReset body) {
        codeAuth.resetPassword(body);
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
