package ma.coopmarket.shared.web;

import java.util.Arrays;
import java.util.function.Supplier;

import org.jboss.resteasy.reactive.RestResponse;

import ma.coopmarket.shared.error.ApiException;

/**
 * Strong entity tags derived from versions, and the RFC 9110 precondition checks: If-None-Match
 * (weak comparison, for reads: 304) and If-Match (strong comparison, for writes: 412).
 */
public final class ETags {

    public static final String IF_MATCH = "If-Match";
    public static final String IF_NONE_MATCH = "If-None-Match";

    private ETags() {
    }

    /** A strong tag from one or more version numbers, e.g. {@code "3-0"}. */
    public static String of(long... versions) {
        return '"' + String.join("-", Arrays.stream(versions).mapToObj(Long::toString).toList()) + '"';
    }

    /** True when an If-None-Match header matches {@code etag}: the client's copy is current. */
    public static boolean noneMatchHits(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || opaque(tag).equals(opaque(etag))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Passes when there is no If-Match header, when it is {@code *}, or when it lists {@code etag}
     * (weak tags never match); otherwise throws {@code stale}.
     */
    public static void requireMatch(String ifMatch, String etag, Supplier<? extends ApiException> stale) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (!tag.startsWith("W/") && tag.equals(etag))) {
                return;
            }
        }
        throw stale.get();
    }

    /** 200 with the body and its ETag, or 304 with the ETag alone when If-None-Match matches. */
    public static <T> RestResponse<T> ok(Tagged<T> tagged, String ifNoneMatch) {
        if (noneMatchHits(ifNoneMatch, tagged.etag())) {
            return RestResponse.ResponseBuilder.<T>create(RestResponse.Status.NOT_MODIFIED)
                    .header("ETag", tagged.etag()).build();
        }
        return RestResponse.ResponseBuilder.ok(tagged.body()).header("ETag", tagged.etag()).build();
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
