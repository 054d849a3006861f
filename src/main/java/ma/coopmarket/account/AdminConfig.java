package ma.coopmarket.account;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The first admin, created at start-up if none exists ({@code coopmarket.admin.*}). */
@ConfigMapping(prefix = "coopmarket.admin")
public interface AdminConfig {

    Optional<String> email();

    Optional<String> password();
}
