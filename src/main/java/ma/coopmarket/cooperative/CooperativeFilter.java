package ma.coopmarket.cooperative;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the cooperatives directory. */
public class CooperativeFilter {

    @QueryParam("region")
    @Parameter(description = "Region code.", example = "MA-09")
    @Size(max = 8)
    public String region;

    @QueryParam("sector")
    @Parameter(description = "Sector code.", example = "AGRICULTURE")
    @Size(max = 40)
    public String sector;

    @QueryParam("women")
    @Parameter(description = "Only women's cooperatives (true) or only the others (false).")
    public Boolean women;

    @QueryParam("status")
    @Parameter(description = "Verification status.")
    public CooperativeStatus status;

    @QueryParam("q")
    @Parameter(description = "Text in the French, Arabic or English name or the city; case and accents ignored.",
            example = "tifaout")
    @Size(min = 1, max = 100)
    public String q;

    @QueryParam("sort")
    @DefaultValue("name")
    @Parameter(description = "`name` (French name, A to Z) or `newest`.")
    @Pattern(regexp = "name|newest", message = "{coopmarket.cooperativeSort}")
    public String sort;
}
