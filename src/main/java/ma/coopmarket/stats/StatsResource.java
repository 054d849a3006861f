package ma.coopmarket.stats;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Statistics over the directory and the trainings. */
@Path("/api/v1/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Figures computed from the data.")
public class StatsResource {

    private final StatsService service;

    public StatsResource(StatsService service) {
        this.service = service;
    }

    @GET
    @Path("/cooperatives")
    @Operation(operationId = "getCooperativeStats", summary = "Count cooperatives by region or sector",
            description = "Live (not archived) cooperatives, in total and women's cooperatives.")
    @APIResponse(responseCode = "200", description = "The counts.")
    public CooperativeStats cooperatives(
            @QueryParam("groupBy") @NotNull @Pattern(regexp = "region|sector", message = "{coopmarket.groupBy}")
            @Parameter(description = "`region` or `sector`.", required = true, example = "region") String groupBy) {
        return service.cooperatives(groupBy);
    }

    @GET
    @Path("/trainings")
    @Operation(operationId = "getTrainingStats", summary = "Participation in trainings by region, topic and programme",
            description = "Participants (enrolments that held a seat), attendances, completions and the share of women, "
                    + "computed from the enrolments; optionally only for trainings starting between two days.")
    @APIResponse(responseCode = "200", description = "The figures.")
    public TrainingStats trainings(
            @QueryParam("startFrom") @Parameter(description = "Trainings starting on this day or later (Africa/Casablanca).",
                    example = "2026-01-01", schema = @Schema(type = SchemaType.STRING, format = "date")) LocalDate from,
            @QueryParam("startTo") @Parameter(description = "Trainings starting on this day or earlier (Africa/Casablanca).",
                    example = "2026-12-31", schema = @Schema(type = SchemaType.STRING, format = "date")) LocalDate to) {
        return service.trainings(from, to);
    }
}
