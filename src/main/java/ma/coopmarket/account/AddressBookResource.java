package ma.coopmarket.account;

import java.util.List;

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

import ma.coopmarket.security.AccessPolicy;
import ma.coopmarket.security.Roles;
import ma.coopmarket.shared.error.Problem;
import ma.coopmarket.shared.web.Responses;

/** A customer's delivery addresses; an order may name one by id instead of spelling it out. */
@Path("/api/v1/me/addresses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@RolesAllowed(Roles.CUSTOMER)
@SecurityRequirement(name = "bearer")
public class AddressBookResource {

    private final AddressBookService book;
    private final AccessPolicy access;

    public AddressBookResource(AddressBookService book, AccessPolicy access) {
        this.book = book;
        this.access = access;
    }

    @GET
    @Operation(operationId = "listMyAddresses", summary = "One's saved delivery addresses",
            description = "The default first, then the oldest first.")
    @APIResponse(responseCode = "200", description = "The addresses (at most 10).")
    public List<SavedAddressView> list() {
        return book.list(me());
    }

    @POST
    @Operation(operationId = "addMyAddress", summary = "Save a delivery address",
            description = "At most 10 per account. The first one, or one saved with isDefault, is the default.")
    @APIResponse(responseCode = "201", description = "The saved address.",
            content = @Content(schema = @Schema(implementation = SavedAddressView.class)))
    @APIResponse(responseCode = "409", description = "The address book is full (`address-book-full`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RestResponse<SavedAddressView> add(@Valid @NotNull SavedAddressFields body) {
        SavedAddressView saved = book.add(me(), body);
        return Responses.created("/api/v1/me/addresses/" + saved.id(), saved);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceMyAddress", summary = "Replace a saved address",
            description = "Every field as in a new address; isDefault true makes it the default. Orders placed with it "
                    + "keep their copy.")
    @APIResponse(responseCode = "200", description = "The address.")
    public SavedAddressView replace(@PathParam("id") String id, @Valid @NotNull SavedAddressFields body) {
        return book.replace(me(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteMyAddress", summary = "Delete a saved address",
            description = "Orders placed with it keep their copy. If it was the default, the oldest other one becomes it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") String id) {
        book.delete(me(), id);
    }

    private String me() {
        return access.caller().id();
    }
}
