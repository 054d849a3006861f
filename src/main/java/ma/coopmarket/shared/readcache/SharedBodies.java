package ma.coopmarket.shared.readcache;

import java.io.IOException;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Response bodies shared between requests, serialised once: for the methods marked
 * {@link SerializedOnce}, a body declared with {@link #share} is written to JSON the first time,
 * and its bytes written again for every later response that carries the very same object. A
 * catalogue page is 25 KB of JSON in three scripts; writing it again costs far more than finding it.
 *
 * <p>Objects are kept by identity and weakly: when the read cache drops one, its bytes go with it.
 * They are immutable records, so their JSON cannot change.
 */
@Provider
@SerializedOnce
public class SharedBodies implements WriterInterceptor {

    private static final byte[] NOT_YET = new byte[0];
    private static final Cache<Object, byte[]> BYTES = Caffeine.newBuilder().weakKeys().maximumSize(50_000).build();

    private final ObjectMapper json;

    public SharedBodies(ObjectMapper json) {
        this.json = json;
    }

    /** Declares {@code body} shared between responses (and never changed again); returns it. */
    public static <T> T share(T body) {
        BYTES.put(body, NOT_YET);
        return body;
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object entity = context.getEntity();
        byte[] known = entity == null ? null : BYTES.getIfPresent(entity);
        if (known != null) {
            if (known == NOT_YET) {
                // The application's ObjectMapper, as the JSON writer would use it.
                known = json.writeValueAsBytes(entity);
                BYTES.put(entity, known);
            }
            context.setEntity(known);
            context.setType(byte[].class);
            context.setGenericType(byte[].class);
        }
        context.proceed();
    }
}
