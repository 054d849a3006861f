package ma.coopmarket.sms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An SMS received by the gateway and forwarded to us. */
@Schema(name = "InboundSms")
public record InboundSms(
        @NotBlank @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "{coopmarket.phone}")
        @Schema(example = "+212612345678") String from,
        @NotBlank @Size(max = 1600) @Schema(example = "OK 482193") String text,
        @Size(max = 120) @Schema(description = "The provider's id of the message.") String providerMessageId) {
}
