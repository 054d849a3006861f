package ma.coopmarket.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

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
 * {@code GET /api/v1/bench/db}: the same record after one {@code SELECT 1} on a pooled connection, the
 * floor of any request that asks the database something (the "D" of the benchmark).
 */
@Path("/api/v1/bench")
@Produces(MediaType.APPLICATION_JSON)
public class BenchResource {

    /** The answer: a few fields, about the size of a small API response's envelope. */
    public record Ping(String service, String status, int version) {
    }

    private static final Ping PING = new Ping("coopmarket-api", "ok", 1);

    private final boolean enabled;
    private final DataSource dataSource;

    public BenchResource(@ConfigProperty(name = "coopmarket.bench.enabled", defaultValue = "false") boolean enabled,
            DataSource dataSource) {
        this.enabled = enabled;
        this.dataSource = dataSource;
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

    @GET
    @Path("/db")
    @Operation(hidden = true)
    public Ping db() throws SQLException {
        if (!enabled) {
            throw new NotFoundException();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT 1");
                ResultSet result = statement.executeQuery()) {
            result.next();
            return new Ping(PING.service(), PING.status(), result.getInt(1));
        }
    }
}
