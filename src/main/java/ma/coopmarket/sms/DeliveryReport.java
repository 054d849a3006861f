package ma.coopmarket.sms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provider's report on a message we sent, keyed by the id we gave it. */
@Schema(name = "SmsDeliveryReport")
public record DeliveryReport(
        @NotBlank @Size(max = 36) @Schema(description = "The id we sent with the message.") String messageId,
        @NotNull Status status,
        @Size(max = 300) @Schema(example = "handset unreachable") String error) {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "SmsDeliveryStatus")
    public enum Status {
        DELIVERED, FAILED
    }
}
