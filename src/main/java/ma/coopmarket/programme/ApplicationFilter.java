package ma.coopmarket.programme;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of a call's applications. */
public class ApplicationFilter {

    @QueryParam("status")
    @Parameter(description = "Only applications with this status.")
    public ApplicationStatus status;

    @QueryParam("cooperativeId")
    @Parameter(description = "Only this cooperative's application.")
    @Size(max = 36)
    public String cooperativeId;
}
