package ma.coopmarket.shared.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

/** The request body limit ({@code coopmarket.http.*}; default in application.properties). */
@ConfigMapping(prefix = "coopmarket.http")
public interface BodyLimitConfig {

    /** Largest request body but a photo upload's (which has Quarkus' own limit, quarkus.http.limits.max-body-size). */
    MemorySize maxBodySize();
}
