package ma.coopmarket.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ma.coopmarket.security.Roles;
import ma.coopmarket.shared.web.Page;
import ma.coopmarket.shared.web.PageLinks;
import ma.coopmarket.shared.web.PageParams;
import ma.coopmarket.shared.web.Responses;

/** Enrolments of a training: managers enrol their cooperatives' participants; organisers (admins) see all. */
@Path("/api/v1/trainings/{id}/enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
@SecurityRequirement(name = "bearer")
@Tag(name = "Trainings")
public class EnrollmentResource {

    private final EnrollmentService service;

    public EnrollmentResource(EnrollmentService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "enrol", summary = "Enrol a participant of your cooperative",
            description = "CONFIRMED while seats are left, else WAITLISTED in arrival order. 409 when the phone is "
                    + "already enrolled, the cooperative reached the training's maximum, the deadline passed, or the "
                    + "training started or was cancelled; each with its own problem type.")
    @APIResponse(responseCode = "201", description = "The enrolment, confirmed or waitlisted; Location gives its URL.",
            content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
    public RestResponse<EnrollmentView> enrol(@PathParam("id") String id, @Valid @NotNull EnrollmentFields body) {
        EnrollmentView created = service.enrol(id, body);
        return Responses.created("/api/v1/trainings/" + id + "/enrollments/" + created.id(), created);
    }

    @GET
    @Operation(operationId = "listEnrollments", summary = "List a training's enrolments",
            description = "In arrival order. Admins see all of them, managers those of their own cooperatives.")
    @APIResponse(responseCode = "200", description = "A page of enrolments.")
    public RestResponse<Page<EnrollmentView>> list(@PathParam("id") String id, @Valid @BeanParam EnrollmentFilter filter,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(service.list(id, filter, paging), uri);
    }

    @GET
    @Path("/{enrollmentId}")
    @Operation(operationId = "getEnrollment", description = "For the enrolled cooperative's managers and admins. One enrolment with its status and, while waitlisted, its place in the waitlist.", summary = "Get one enrolment")
    @APIResponse(responseCode = "200", description = "The enrolment, with its waitlist position while waitlisted.")
    public EnrollmentView get(@PathParam("id") String id, @PathParam("enrollmentId") String enrollmentId) {
        return service.get(id, enrollmentId);
    }

    @PUT
    @Path("/{enrollmentId}/status")
    @Operation(operationId = "changeEnrollmentStatus", summary = "Cancel an enrolment, or record attendance",
            description = "CANCELLED by the cooperative's managers or admins before the training starts (the first "
                    + "waitlisted participant then takes the seat); ATTENDED, NO_SHOW or COMPLETED by organisers once "
                    + "it started. An illegal move is a 409 `illegal-transition`.")
    @APIResponse(responseCode = "200", description = "The enrolment with its new status.")
    public EnrollmentView changeStatus(@PathParam("id") String id, @PathParam("enrollmentId") String enrollmentId,
            @Valid @NotNull EnrollmentStatusChange body) {
        return service.changeStatus(id, enrollmentId, body.status());
    }
}
