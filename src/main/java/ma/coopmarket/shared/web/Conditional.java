package ma.coopmarket.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * Conditional GET for one resource: a weak ETag over the representation (a digest of the record
 * and everything in it, so a change to the product or to its cooperative's summary changes it),
 * and 304 Not Modified, without a body, when the client's If-None-Match already names it.
 */
public final class Conditional {

    private Conditional() {
    }

    public static <T> RestResponse<T> ok(T body, Request request) {
        EntityTag tag = new EntityTag(digest(body), true);
        if (request.evaluatePreconditions(tag) != null) {
            return RestResponse.ResponseBuilder.<T>create(RestResponse.Status.NOT_MODIFIED).tag(tag).build();
        }
        return RestResponse.ResponseBuilder.ok(body).tag(tag).build();
    }

    /** 128 bits of SHA-256 over the record's text form (records print every component, nested ones too). */
    static String digest(Object body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
