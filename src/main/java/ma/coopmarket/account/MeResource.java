package ma.coopmarket.account;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import io.vertx.core.http.HttpServerRequest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ma.coopmarket.security.AccessPolicy;
import ma.coopmarket.security.Roles;
import ma.coopmarket.shared.error.Problem;
import ma.coopmarket.shared.web.ClientAddress;

/**
 * The signed-in person's own account: profile, phone and e-mail (proved by a code), password,
 * consents, and the rights of Law 09-08 (export, deletion).
 */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@RolesAllowed({ Roles.CUSTOMER, Roles.MANAGER, Roles.ADMIN })
@SecurityRequirement(name = "bearer")
public class MeResource {

    private final AccountService accounts;
    private final ProfileService profiles;
    private final PersonalDataService personalData;
    private final AccessPolicy access;

    public MeResource(AccountService accounts, ProfileService profiles, PersonalDataService personalData,
            AccessPolicy access) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.personalData = personalData;
        this.access = access;
    }

    @GET
    @Operation(operationId = "getMe", description = "The account of the caller (customer, manager or admin): its profile and, for a manager, the cooperatives it manages.", summary = "The signed-in account")
    @APIResponse(responseCode = "200", description = "The account.")
    public AccountView get() {
        return accounts.get(me());
    }

    @PATCH
    @Operation(operationId = "updateMe", summary = "Change one's name or language",
            description = "Absent fields stay as they are. The phone, the e-mail address and the password change by "
                    + "their own operations.")
    @APIResponse(responseCode = "200", description = "The account.")
    public AccountView update(@Valid @NotNull ProfilePatch body) {
        return profiles.update(me(), body);
    }

    @POST
    @Path("/phone")
    @Operation(operationId = "requestPhoneChange", summary = "Send a code to a new phone number",
            description = "The number becomes the account's (and its sign-in by SMS) with `POST /api/v1/me/phone/confirm`. "
                    + "The current password is required when the account has one.")
    @APIResponse(responseCode = "202", description = "A code is on its way to the new number.",
            content = @Content(schema = @Schema(implementation = CodeSent.class)))
    @APIResponse(responseCode = "429", description = "Too many codes for this number or from this client.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RestResponse<CodeSent> requestPhoneChange(@Valid @NotNull PhoneChange body, @Context HttpServerRequest http) {
        return RestResponse.status(RestResponse.Status.ACCEPTED,
                profiles.requestPhoneChange(me(), body, ClientAddress.of(http)));
    }

    @POST
    @Path("/phone/confirm")
    @Operation(operationId = "confirmPhoneChange", summary = "Confirm a new phone number with its code",
            description = "The number becomes the account's contact and its sign-in by SMS (customers).")
    @APIResponse(responseCode = "200", description = "The account, with its new, verified number.")
    @APIResponse(responseCode = "400", description = "Invalid input, or the code is wrong, expired or used (`invalid-code`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Another account signs in with this number.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public AccountView confirmPhoneChange(@Valid @NotNull PhoneConfirmation body) {
        return profiles.confirmPhoneChange(me(), body);
    }

    @POST
    @Path("/email")
    @Operation(operationId = "requestEmailChange", summary = "Send a code to a new e-mail address",
            description = "The address becomes the account's with `POST /api/v1/me/email/confirm`. The current password "
                    + "is required when the account has one.")
    @APIResponse(responseCode = "202", description = "A code is on its way to the new address.",
            content = @Content(schema = @Schema(implementation = CodeSent.class)))
    @APIResponse(responseCode = "429", description = "Too many codes for this address or from this client.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RestResponse<CodeSent> requestEmailChange(@Valid @NotNull EmailChange body, @Context HttpServerRequest http) {
        return RestResponse.status(RestResponse.Status.ACCEPTED,
                profiles.requestEmailChange(me(), body, ClientAddress.of(http)));
    }

    @POST
    @Path("/email/confirm")
    @Operation(operationId = "confirmEmailChange", summary = "Confirm a new e-mail address with its code",
            description = "The address becomes the account's sign-in name and its recovery address.")
    @APIResponse(responseCode = "200", description = "The account, with its new, verified address.")
    @APIResponse(responseCode = "400", description = "Invalid input, or the code is wrong, expired or used (`invalid-code`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Another account has this address.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public AccountView confirmEmailChange(@Valid @NotNull EmailConfirmation body) {
        return profiles.confirmEmailChange(me(), body);
    }

    @PUT
    @Path("/password")
    @Operation(operationId = "changePassword", summary = "Change one's password",
            description = "The current password is required when the account has one. Every session ends (refresh "
                    + "tokens are revoked); the access token in use stays valid until it expires.")
    @APIResponse(responseCode = "204", description = "Changed.")
    public void changePassword(@Valid @NotNull PasswordChange body) {
        profiles.changePassword(me(), body);
    }

    @GET
    @Path("/consents")
    @Operation(operationId = "listMyConsents", summary = "One's consents, given and withdrawn",
            description = "Every record, newest first; the newest of a purpose decides. No record: no consent.")
    @APIResponse(responseCode = "200", description = "The records.")
    public List<ConsentView> consents() {
        return profiles.consents(me());
    }

    @PUT
    @Path("/consents/{purpose}")
    @Operation(operationId = "changeMyConsent", summary = "Give or withdraw a consent",
            description = "Records the decision with the current text of the consent in the language the person read "
                    + "(GET /api/v1/consent-texts), and the time.")
    @APIResponse(responseCode = "200", description = "The record.")
    public ConsentView changeConsent(@PathParam("purpose") ConsentPurpose purpose, @Valid @NotNull ConsentChange body) {
        return profiles.changeConsent(me(), purpose, body);
    }

    @GET
    @Path("/export")
    @Operation(operationId = "exportMyData", summary = "Everything the platform holds about one's account",
            description = "Law 09-08, right of access: profile, addresses, consents, sign-in history, orders and the "
                    + "training enrolments the account made, as JSON.")
    @APIResponse(responseCode = "200", description = "The export.")
    public AccountExport export() {
        return personalData.export(me());
    }

    @POST
    @Path("/deletion-code")
    @Operation(operationId = "requestDeletionCode", summary = "Send a code to confirm the account's deletion",
            description = "By SMS to the account's verified phone, for accounts without a password.")
    @APIResponse(responseCode = "202", description = "A code is on its way.",
            content = @Content(schema = @Schema(implementation = CodeSent.class)))
    @APIResponse(responseCode = "409", description = "No verified phone, or not a customer's account.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RestResponse<CodeSent> requestDeletionCode(@Context HttpServerRequest http) {
        return RestResponse.status(RestResponse.Status.ACCEPTED,
                personalData.requestDeletionCode(me(), ClientAddress.of(http)));
    }

    @DELETE
    @Operation(operationId = "deleteMe", summary = "Delete one's account (customers)",
            description = "Law 09-08, erasure: confirmed by the password or a code from `POST /api/v1/me/deletion-code`. "
                    + "The name, e-mail, phone, password, addresses, consents and sign-in history are erased; orders "
                    + "stay for the cooperatives' accounts with the name, phone and address replaced; every session "
                    + "ends; the e-mail and phone become free. An order still open blocks the deletion (409 naming it).")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "Orders still open (`open-orders`), or not a customer's account.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public void delete(@Valid @NotNull AccountDeletion body) {
        personalData.delete(me(), body);
    }

    private String me() {
        return access.caller().id();
    }
}
