package ma.coopmarket.outbox;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the outbox list. */
public class OutboxFilter {

    @QueryParam("channel")
    @Parameter(description = "SMS or WEBHOOK.", example = "SMS")
    @Size(max = 20)
    public String channel;

    @QueryParam("status")
    public OutboxStatus status;

    @QueryParam("destination")
    @Parameter(description = "Recipient: a phone number in E.164 or a webhook endpoint id.", example = "+212612345678")
    @Size(max = 500)
    public String destination;

    @QueryParam("eventType")
    @Parameter(example = "ORDER_PART_CREATED")
    @Size(max = 60)
    public String eventType;
}
