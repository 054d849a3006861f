package ma.coopmarket.shared.web;

import java.net.URI;

import org.jboss.resteasy.reactive.RestResponse;

/** Response shapes shared by the resources. */
public final class Responses {

    private Responses() {
    }

    /** 201 Created with the new resource's {@code Location} and its representation. */
    public static <T> RestResponse<T> created(String location, T body) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).entity(body).build();
    }
}
