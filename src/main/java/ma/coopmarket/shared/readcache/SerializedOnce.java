package ma.coopmarket.shared.readcache;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks resource methods whose response bodies may be objects shared between requests (kept by a
 * read cache and declared with {@link SharedBodies#share}): each is serialised to JSON once.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface SerializedOnce {
}
