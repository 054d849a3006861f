package ma.coopmarket.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** E-mail settings ({@code coopmarket.mail.*}). */
@ConfigMapping(prefix = "coopmarket.mail")
public interface MailConfig {

    /** {@code log} (writes e-mails to the log, codes masked; the default) or the name of another Mailer bean. */
    @WithDefault("log")
    String gateway();

    /** Sender address of the platform's e-mails. */
    @WithDefault("no-reply@coopmarket.ma")
    String from();

    @WithDefault("6")
    int maxAttempts();

    /** Lets the log mailer show one-time codes (local trials; never in production): SMS_LOG_CODES, as for SMS. */
    boolean logCodes();
}
