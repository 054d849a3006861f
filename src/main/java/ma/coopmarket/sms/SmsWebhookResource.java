package ma.coopmarket.sms;

import java.io.IOException;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ma.coopmarket.shared.error.Problem;

/**
 * Webhooks the SMS gateway calls: inbound messages (cooperatives answering orders) and delivery
 * reports. Both are signed: see {@link SmsWebhookVerifier}. The body is read raw so that the
 * signature is checked over the exact bytes sent.
 */
@Path("/api/v1/sms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SMS")
public class SmsWebhookResource {

    private static final String SIGNATURE = "hex HMAC-SHA256 of `timestamp + \".\" + body` with the shared secret.";
    private static final String TIMESTAMP = "Unix seconds; refused if more than 5 minutes away from now.";

    private final SmsWebhookVerifier verifier;
    private final InboundSmsService inbound;
    private final ObjectMapper json;
    private final Validator validator;

    public SmsWebhookResource(SmsWebhookVerifier verifier, InboundSmsService inbound, ObjectMapper json,
            Validator validator) {
        this.verifier = verifier;
        this.inbound = inbound;
        this.json = json;
        this.validator = validator;
    }

    @POST
    @Path("/inbound")
    @Operation(operationId = "receiveSms", summary = "Receive an SMS (gateway webhook)",
            description = "A cooperative answers an order: `OK 482193` / `NON 482193` (or نعم / لا). The sender must be "
                    + "the cooperative's phone. Unknown codes or words get an SMS explaining the format.")
    @RequestBody(content = @Content(schema = @Schema(implementation = InboundSms.class)))
    @APIResponse(responseCode = "200", description = "What the message did.")
    @APIResponse(responseCode = "401", description = "Unsigned, wrongly signed, stale or replayed call.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public InboundResult receive(
            @HeaderParam(SmsWebhookVerifier.TIMESTAMP_HEADER) @Parameter(description = TIMESTAMP) String timestamp,
            @HeaderParam(SmsWebhookVerifier.SIGNATURE_HEADER) @Parameter(description = SIGNATURE) String signature,
            String body) {
        verifier.verify(timestamp, signature, body);
        return inbound.receive(read(body, InboundSms.class));
    }

    @POST
    @Path("/delivery-reports")
    @Operation(operationId = "receiveSmsDeliveryReport", description = "For the SMS gateway only, signed by it (no credentials). Records whether an SMS reached its recipient; a report for an unknown message is acknowledged and ignored.", summary = "Receive a delivery report (gateway webhook)")
    @RequestBody(content = @Content(schema = @Schema(implementation = DeliveryReport.class)))
    @APIResponse(responseCode = "204", description = "Recorded (unknown message ids are ignored).")
    @APIResponse(responseCode = "401", description = "Unsigned, wrongly signed, stale or replayed call.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public void report(
            @HeaderParam(SmsWebhookVerifier.TIMESTAMP_HEADER) @Parameter(description = TIMESTAMP) String timestamp,
            @HeaderParam(SmsWebhookVerifier.SIGNATURE_HEADER) @Parameter(description = SIGNATURE) String signature,
            String body) {
        verifier.verify(timestamp, signature, body);
        inbound.report(read(body, DeliveryReport.class));
    }

    private <T> T read(String body, Class<T> type) {
        T value;
        try {
            value = json.readValue(body, type);
        } catch (IOException e) {
            throw new jakarta.ws.rs.BadRequestException(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }
}
