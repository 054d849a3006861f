package ma.coopmarket.shared.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/** Builds the 200 response of a list with RFC 8288 {@code Link} headers (first, prev, next, last). */
public final class PageLinks {

    private PageLinks() {
    }

    public static <P extends Paged> RestResponse<P> ok(P page, UriInfo uri) {
        RestResponse.ResponseBuilder<P> response = RestResponse.ResponseBuilder.ok(page);
        for (Link link : links(page, uri)) {
            response.header("Link", link.toString());
        }
        return response.build();
    }

    static List<Link> links(Paged page, UriInfo uri) {
        List<Link> links = new ArrayList<>();
        int last = Math.max(page.totalPages() - 1, 0);
        links.add(link(uri, 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(uri, Math.min(page.page() - 1, last), page.size(), "prev"));
        }
        if (page.page() < last) {
            links.add(link(uri, page.page() + 1, page.size(), page.nextCursor(), "next"));
        }
        links.add(link(uri, last, page.size(), "last"));
        return links;
    }

    private static Link link(UriInfo uri, int page, int size, String rel) {
        return link(uri, page, size, null, rel);
    }

    /** A link to another page; only {@code next} carries a keyset cursor, the others go by page number. */
    private static Link link(UriInfo uri, int page, int size, String cursor, String rel) {
        var builder = uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size);
        builder = cursor == null ? builder.replaceQueryParam("cursor") : builder.replaceQueryParam("cursor", cursor);
        return Link.fromUri(builder.build()).rel(rel).build();
    }
}
