package ma.coopmarket.photo;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import ma.coopmarket.shared.error.Problem;
import ma.coopmarket.shared.storage.ObjectStore;

/**
 * Serves the photo files when they are stored on this machine's file system, straight from the disk
 * (sendfile), like a CDN would: their URLs are named by their content and never change, so they are
 * cached for a year, marked immutable, with an ETag (304 for a matching If-None-Match). With the S3
 * store, clients fetch them from the bucket or its CDN and this route answers 404.
 */
@ApplicationScoped
public class PhotoFiles {

    static final Pattern PATH = Pattern.compile("/api/v1/photos/([0-9a-f]{64})/((?:original|w[0-9]{3,4})\\.(jpg|webp))");
    private static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    private final ObjectStore store;
    private final ObjectMapper json;

    public PhotoFiles(ObjectStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.routeWithRegex(HttpMethod.GET, "/api/v1/photos/.*").order(Integer.MIN_VALUE + 20).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        Matcher matcher = PATH.matcher(ctx.normalizedPath());
        Optional<Path> file = matcher.matches() ? store.localFile(matcher.group(1) + "/" + matcher.group(2))
                : Optional.empty();
        if (file.isEmpty()) {
            Problem problem = Problem.of(404, "not-found", "Resource not found", "No photo file at this path.",
                    ctx.request().path(), null);
            try {
                ctx.response().setStatusCode(404).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .end(json.writeValueAsString(problem));
            } catch (JsonProcessingException e) {
                ctx.fail(e);
            }
            return;
        }
        String etag = "\"" + matcher.group(1).substring(0, 16) + "-" + matcher.group(2) + "\"";
        ctx.response().putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .putHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH))) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, PhotoService.contentType(matcher.group(2)))
                .sendFile(file.get().toString());
    }
}
