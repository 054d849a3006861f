package ma.coopmarket.shared.web;

import io.vertx.core.http.HttpServerRequest;

/** The address a request came from, as the rate limits count it. */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest http) {
        return http == null || http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
