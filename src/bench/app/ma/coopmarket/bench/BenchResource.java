package ma.coopmarket.bench;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;


/**
 * {@code GET /api/v1/bench/ping}: a small JSON record from memory, the "J" of the benchmark. When
 * disabled it answers exactly like an unknown route, so production does not reveal it exists.
 */
@Path("/api/v1/bench")
@Produces(MediaType.APPLICATION_JSON)
public class BenchResource {

    /** The answer: a few fields, about the size of a small API response's envelope. */
    public record Ping(String service, String status, int version) {
    }

    private static final Ping PING = new Ping("coopmarket-api", "ok", 1);

    private final boolean enabled;

    public BenchResource(@ConfigProperty(name = "coopmarket.bench.enabled", defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    @GET
    @Path("/ping")
    @Operation(hidden = true)
    public Ping ping() {
        if (!enabled) {
            throw new NotFoundException();
        }
        return PING;
    }
}
