package ma.coopmarket.shared.web;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ma.coopmarket.shared.error.Problem;

/**
 * Refuses a body without a declared length (chunked) with a 411 problem, except a photo upload's, and
 * a body whose declared length is over the limit with a 413 problem before reading it: 1 MB
 * ({@code coopmarket.http.max-body-size}), except for a photo upload, which may reach Quarkus' own
 * limit ({@code quarkus.http.limits.max-body-size}, which also covers chunked bodies and answers 413
 * without a body).
 */
@ApplicationScoped
public class BodyLimit {

    private static final Pattern UPLOAD = Pattern.compile("/api/v1/products/[^/]+/photos");

    private final long maxBytes;
    private final long maxUploadBytes;
    private final ObjectMapper json;

    public BodyLimit(BodyLimitConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxUpload, ObjectMapper json) {
        this.maxBytes = config.maxBodySize().asLongValue();
        this.maxUploadBytes = maxUpload.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(ctx -> {
            String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            boolean upload = UPLOAD.matcher(ctx.normalizedPath()).matches();
            long limit = upload ? maxUploadBytes : maxBytes;
            String encoding = ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
            if (declared == null && !upload && encoding != null && encoding.toLowerCase().contains("chunked")) {
                // Quarkus' own limit (the uploads') is the only one a body without a length meets: refuse it here.
                Problem problem = Problem.of(411, "length-required", "Length required",
                        "Send the request body with a Content-Length (at most " + limit + " bytes).",
                        ctx.request().path(), null);
                ctx.response().setStatusCode(411)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(write(problem));
                return;
            }
            if (declared != null && isOver(declared, limit)) {
                Problem problem = Problem.of(413, "payload-too-large", "Payload too large",
                        "The request body is over the limit of " + limit + " bytes.", ctx.request().path(), null);
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(write(problem));
                return;
            }
            ctx.next();
        });
    }

    private static boolean isOver(String declared, long limit) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
