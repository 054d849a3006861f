package ma.coopmarket.shared.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * Builds the 200 response of a list with RFC 8288 {@code Link} headers (first, prev, next, last):
 * the request's own URI with its {@code page}, {@code size} and {@code cursor} parameters replaced.
 * The request's raw query is kept as it came, already encoded (a URI builder re-encoding every
 * parameter of every link cost a catalogue page a seventh of its time in the app).
 */
public final class PageLinks {

    private static final List<String> PAGING = List.of("page", "size", "cursor");

    private PageLinks() {
    }

    public static <P extends Paged> RestResponse<P> ok(P page, UriInfo uri) {
        RestResponse.ResponseBuilder<P> response = RestResponse.ResponseBuilder.ok(page);
        for (String link : links(page, uri.getRequestUri())) {
            response.header("Link", link);
        }
        return response.build();
    }

    static List<String> links(Paged page, URI request) {
        String base = base(request);
        List<String> links = new ArrayList<>();
        int last = Math.max(page.totalPages() - 1, 0);
        links.add(link(base, 0, page.size(), null, "first"));
        if (page.page() > 0) {
            links.add(link(base, Math.min(page.page() - 1, last), page.size(), null, "prev"));
        }
        if (page.page() < last) {
            links.add(link(base, page.page() + 1, page.size(), page.nextCursor(), "next"));
        }
        links.add(link(base, last, page.size(), null, "last"));
        return links;
    }

    /** The request URI up to its query, and its query's parameters other than the paging ones. */
    private static String base(URI request) {
        String uri = request.toString();
        int q = uri.indexOf('?');
        StringBuilder base = new StringBuilder(q < 0 ? uri : uri.substring(0, q)).append('?');
        String query = request.getRawQuery();
        if (query != null) {
            for (String param : query.split("&")) {
                int eq = param.indexOf('=');
                String name = eq < 0 ? param : param.substring(0, eq);
                if (!param.isEmpty() && !PAGING.contains(name)) {
                    base.append(param).append('&');
                }
            }
        }
        return base.toString();
    }

    /** A link to another page; only {@code next} carries a keyset cursor, the others go by page number. */
    private static String link(String base, int page, int size, String cursor, String rel) {
        StringBuilder link = new StringBuilder("<").append(base).append("page=").append(page).append("&size=").append(size);
        if (cursor != null) {
            link.append("&cursor=").append(URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        }
        return link.append(">; rel=\"").append(rel).append('"').toString();
    }
}
