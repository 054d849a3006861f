package bench.baseline;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The only endpoint: the same small record as CoopMarket's GET /api/v1/bench/ping. */
@Path("/ping")
@Produces(MediaType.APPLICATION_JSON)
public class PingResource {

    public record Ping(String service, String status, int version) {
    }

    private static final Ping PING = new Ping("baseline-app", "ok", 1);

    @GET
    public Ping ping() {
        return PING;
    }
}
