package ma.coopmarket.account;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The current texts of the consents, for front ends to show before a person accepts. */
@Path("/api/v1/consent-texts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
public class ConsentTextResource {

    @GET
    @Operation(operationId = "listConsentTexts", summary = "The current text of each consent, in fr, ar and en",
            description = "Show it as it is; the consent is recorded with the version and the text in the language shown.")
    @APIResponse(responseCode = "200", description = "The texts.")
    public List<ConsentTexts.Text> list() {
        return Arrays.stream(ConsentPurpose.values()).map(ConsentTexts::current).toList();
    }
}
