package ma.coopmarket.webhook;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import ma.coopmarket.outbox.OutboxStatus;

/** Query parameters of an endpoint's delivery log. */
public class WebhookDeliveryFilter {

    @QueryParam("status")
    @Parameter(description = "Only deliveries in this state.", example = "FAILED")
    public OutboxStatus status;

    @QueryParam("eventType")
    @Parameter(description = "Only events of this type.", example = "STOCK_CHANGED")
    @Size(max = 60)
    public String eventType;
}
