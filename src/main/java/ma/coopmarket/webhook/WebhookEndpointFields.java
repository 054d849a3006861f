package ma.coopmarket.webhook;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a partner sets on a webhook endpoint. */
@Schema(name = "WebhookEndpointFields")
public record WebhookEndpointFields(
        @NotBlank @Size(max = 500)
        @Schema(description = "An https URL on a public address (private, loopback and link-local addresses are refused).",
                example = "https://hooks.soukdigital.ma/coopmarket") String url,
        @Size(max = 200) @Schema(example = "Catalogue sync, production") String description,
        @NotNull @Size(min = 1, max = 10)
        @Schema(example = "[\"PRODUCT_CREATED\", \"PRODUCT_UPDATED\", \"PRODUCT_ARCHIVED\", \"STOCK_CHANGED\"]")
        List<@NotNull WebhookEvent> events) {
}
