package ma.coopmarket.training;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of a training's enrolments. */
public class EnrollmentFilter {

    @QueryParam("status")
    @Parameter(description = "Only enrolments with this status.")
    public EnrollmentStatus status;

    @QueryParam("cooperativeId")
    @Parameter(description = "Only this cooperative's enrolments.")
    @Size(max = 36)
    public String cooperativeId;
}
