package ma.coopmarket.shared.web;

import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;


/**
 * {@code Cache-Control} on every API response. Public reads (catalogue, directory, reference data,
 * statistics) asked without credentials may be kept by browsers and shared caches for a short
 * {@code max-age}; the same reads with credentials are private (managers and partners may see
 * drafts); everything else (tokens, accounts, administration, errors) is {@code no-store}.
 * {@code Vary} keeps a cache from serving an anonymous copy to a signed-in caller.
 */
public class HttpCaching {

    private static final Pattern PUBLIC_READS =
            Pattern.compile("/api/v1/(products|cooperatives|regions|sectors|categories|stats)(/.*)?");

    private final String publicCacheControl;

    public HttpCaching(HttpCacheConfig config) {
        this.publicCacheControl = "public, max-age=" + config.maxAge().toSeconds();
    }

    @ServerResponseFilter
    public void cacheControl(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/") || response.getHeaders().containsKey("Cache-Control")) {
            return;
        }
        int status = response.getStatus();
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read && (status == 200 || status == 304) && PUBLIC_READS.matcher(path).matches()) {
            boolean anonymous = request.getHeaderString("Authorization") == null
                    && request.getHeaderString("X-API-Key") == null;
            response.getHeaders().putSingle("Cache-Control", anonymous ? publicCacheControl : "private, no-cache");
            response.getHeaders().add("Vary", "Authorization, X-API-Key");
        } else {
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
    }
}
