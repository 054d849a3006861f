package ma.coopmarket.training;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the public list of trainings. Dates are days in Morocco's time zone. */
public class TrainingFilter {

    @QueryParam("topic")
    @Parameter(description = "Topic code.", example = "ECOMMERCE")
    @Size(max = 40)
    public String topic;

    @QueryParam("mode")
    @Parameter(description = "REMOTE or ON_SITE.")
    public TrainingMode mode;

    @QueryParam("region")
    @Parameter(description = "Region code.", example = "MA-09")
    @Size(max = 8)
    public String region;

    @QueryParam("language")
    @Parameter(description = "Teaching language.")
    public TeachingLanguage language;

    @QueryParam("programmeId")
    @Parameter(description = "Only this programme's trainings.")
    @Size(max = 36)
    public String programmeId;

    @QueryParam("startFrom")
    @Parameter(description = "Trainings starting on this day or later (Africa/Casablanca).", example = "2026-12-01",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public LocalDate from;

    @QueryParam("startTo")
    @Parameter(description = "Trainings starting on this day or earlier (Africa/Casablanca).", example = "2026-12-31",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public LocalDate to;

    @QueryParam("hasFreeSeats")
    @Parameter(description = "Only trainings with seats left (true) or only full ones (false).")
    public Boolean hasFreeSeats;

    @QueryParam("status")
    @Parameter(description = "Only trainings with this status.")
    public TrainingStatus status;
}
