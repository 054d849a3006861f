package ma.coopmarket.shared.feed;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/** The 200 response of a feed page, with an RFC 8288 {@code next} link while more changes wait. */
public final class FeedLinks {

    private FeedLinks() {
    }

    public static <T> RestResponse<ChangePage<T>> ok(ChangePage<T> page, int size, UriInfo uri) {
        RestResponse.ResponseBuilder<ChangePage<T>> response = RestResponse.ResponseBuilder.ok(page);
        if (page.hasMore()) {
            response.header("Link", Link.fromUri(uri.getAbsolutePathBuilder()
                    .queryParam("cursor", page.nextCursor())
                    .queryParam("size", size)
                    .build()).rel("next").build().toString());
        }
        return response.build();
    }
}
