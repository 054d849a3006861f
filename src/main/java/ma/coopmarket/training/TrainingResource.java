package ma.coopmarket.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ma.coopmarket.security.Roles;
import ma.coopmarket.shared.web.Page;
import ma.coopmarket.shared.web.PageLinks;
import ma.coopmarket.shared.web.PageParams;
import ma.coopmarket.shared.web.Responses;

/** Training sessions: a public list with filters; organisers (admins) manage them and download attendance lists. */
@Path("/api/v1/trainings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Trainings")
public class TrainingResource {

    static final String CSV = "text/csv";

    private final TrainingService service;
    private final EnrollmentService enrollments;

    public TrainingResource(TrainingService service, EnrollmentService enrollments) {
        this.service = service;
        this.enrollments = enrollments;
    }

    @GET
    @Operation(operationId = "listTrainings", summary = "Search training sessions",
            description = "Soonest first, each with its seats taken and left. Paged, with RFC 8288 Link headers.")
    @APIResponse(responseCode = "200", description = "A page of trainings.")
    public RestResponse<Page<TrainingView>> list(@Valid @BeanParam TrainingFilter filter,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(service.list(filter, paging), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTraining", description = "Public. One training session with its seats taken and left and whether enrolments are open.", summary = "Get one training session")
    @APIResponse(responseCode = "200", description = "The training.")
    public TrainingView get(@PathParam("id") String id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createTraining", description = "Admins only. Schedules a training session of a programme: mode (ON_SITE or REMOTE), place, language, dates, enrolment deadline, capacity and seats per cooperative.", summary = "Schedule a training session")
    @APIResponse(responseCode = "201", description = "The training was created; Location gives its URL.",
            content = @Content(schema = @Schema(implementation = TrainingView.class)))
    public RestResponse<TrainingView> create(@Valid @NotNull TrainingFields body) {
        TrainingView created = service.create(body);
        return Responses.created("/api/v1/trainings/" + created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updateTraining", summary = "Replace a scheduled training's editable fields",
            description = "The capacity cannot go below the seats taken (409); when it grows, waitlisted participants "
                    + "are confirmed in arrival order.")
    @APIResponse(responseCode = "200", description = "The updated training.")
    public TrainingView update(@PathParam("id") String id, @Valid @NotNull TrainingFields body) {
        return service.update(id, body);
    }

    @PUT
    @Path("/{id}/status")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "changeTrainingStatus", summary = "Cancel or complete a training",
            description = "CANCELLED before its end (its confirmed and waitlisted enrolments are cancelled), COMPLETED "
                    + "once it started. Both are final.")
    @APIResponse(responseCode = "200", description = "The training with its new status.")
    public TrainingView changeStatus(@PathParam("id") String id, @Valid @NotNull TrainingStatusChange body) {
        return service.changeStatus(id, body.status());
    }

    @GET
    @Path("/{id}/attendance")
    @Produces(CSV)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "downloadAttendance", summary = "Download a training's attendance list (CSV)",
            description = "Participants holding a seat, in arrival order, as CSV in UTF-8 with a byte order mark (Excel "
                    + "shows Arabic names). For organisers.")
    @APIResponse(responseCode = "200", description = "The attendance list.",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=attendance-{id}.csv",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    example = "arrival,status,fullName,phone,gender,role,cooperativeId,cooperativeNameFr,"
                            + "cooperativeNameAr,regionCode,signature\r\n"
                            + "1,CONFIRMED,فاطمة أيت الحاج,'+212612345678,FEMALE,TREASURER,"
                            + "0192f3a4-7c1e-7d2a-9b3c-4d5e6f708192,Coopérative Tifaout,تعاونية تيفاوت,MA-09,\r\n"))
    public RestResponse<byte[]> attendance(@PathParam("id") String id,
            @QueryParam("separator") @DefaultValue("comma")
            @Pattern(regexp = "comma|semicolon", message = "{coopmarket.separator}")
            @Parameter(description = "`comma` (default, RFC 4180) or `semicolon` (Excel in French locales).")
            String separator) {
        AttendanceSheet sheet = enrollments.attendanceSheet(id);
        return RestResponse.ResponseBuilder.ok(sheet.toCsv("semicolon".equals(separator) ? ';' : ','))
                .type(CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + sheet.fileName() + "\"")
                .build();
    }
}
