package ma.coopmarket.programme;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the list of programmes. */
public class ProgrammeFilter {

    @QueryParam("active")
    @Parameter(description = "Only active programmes (true) or only inactive ones (false).")
    public Boolean active;
}
