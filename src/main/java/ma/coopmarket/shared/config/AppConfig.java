package ma.coopmarket.shared.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The application's own settings (prefix {@code coopmarket}), each overridable by environment variable. */
@ConfigMapping(prefix = "coopmarket")
public interface AppConfig {

    Auth auth();

    Admin admin();

    RateLimit rateLimit();

    Orders orders();

    Outbox outbox();

    Sms sms();

    interface Sms {
        /** {@code log} (writes messages to the log; the quick start) or {@code http} (a provider's HTTP API). */
        String gateway();

        /** Lets the log gateway show one-time codes (local trials of the sign-in by SMS; never in production). */
        boolean logCodes();

        int maxAttempts();

        /** Shared secret the gateway signs its webhook calls with (HMAC-SHA256); none refuses every call. */
        Optional<String> webhookSecret();

        /** How old a signed webhook call may be. */
        Duration webhookTolerance();

        Http http();

        interface Http {
            Optional<String> url();

            /** Header carrying the provider credential, e.g. {@code Authorization}. */
            String authHeader();

            Optional<String> authValue();

            Duration connectTimeout();

            Duration timeout();
        }
    }

    Webhooks webhooks();

    interface Webhooks {
        /** Attempts per delivery before it is FAILED; with the backoff below, spans at least 24 hours. */
        int maxAttempts();

        /** First delay between attempts; it doubles after each failure (with jitter), up to {@link #maxBackoff()}. */
        Duration baseBackoff();

        Duration maxBackoff();

        Duration connectTimeout();

        /** Time allowed for the partner's server to answer one delivery. */
        Duration requestTimeout();

        /** An endpoint is disabled after this many failed attempts in a row ... */
        int disableAfterFailures();

        /** ... that have gone on for at least this long. */
        Duration disableAfter();

        /**
         * Hosts exempt from the SSRF guard (private, loopback and link-local addresses, plain http):
         * for tests and local development only; empty in production.
         */
        Optional<List<String>> privateTargetAllowlist();
    }

    interface Outbox {
        /** How often each instance's dispatcher runs ({@code off} disables it, as in tests). */
        String dispatchInterval();

        int batchSize();

        /** How long a claimed message stays with its dispatcher before another may take it over. */
        Duration lease();

        Duration baseBackoff();

        Duration maxBackoff();

        /** Finished messages (sent, delivered, failed) are deleted this long after they were created. */
        @WithDefault("P30D")
        Duration retention();
    }

    interface Orders {
        /** How long a cooperative has to confirm its part before it expires. */
        Duration confirmationTimeout();

        /** How long before expiry the cooperative is warned (by SMS). */
        Duration expiryWarningBefore();

        /** How often the expiry job looks for parts past their deadline (read by {@code @Scheduled}). */
        String expiryCheckInterval();

        /** Idempotency keys are kept at least this long. */
        Duration idempotencyRetention();

        /**
         * How long a request holds its Idempotency-Key while it runs: after that a retry with the same
         * body takes the key over. The work's transaction times out at half of it, so a request whose
         * lease lapsed can no longer commit.
         */
        Duration idempotencyLease();
    }

    Bench bench();

    CountCache countCache();

    HttpCache httpCache();

    ReadCache readCache();

    interface Auth {
        /** Lifetime of an access token (short: it cannot be revoked). */
        Duration accessTokenTtl();

        /** Lifetime of a refresh token (rotated on use, revocable). */
        Duration refreshTokenTtl();

        /** bcrypt work factor for password hashes. */
        int bcryptCost();

        Codes codes();

        /** One-time codes sent by SMS or e-mail (sign-in, recovery, verification, deletion). */
        interface Codes {
            /** How long a code may be used. */
            @WithDefault("PT5M")
            Duration ttl();

            /** Wrong tries before a code is spent (and further tries for its number get 429). */
            @WithDefault("5")
            int maxAttempts();

            /** Codes sent to one phone or e-mail address per hour. */
            @WithDefault("5")
            int perDestinationPerHour();

            /** Time between two codes to one phone or e-mail address. */
            @WithDefault("PT60S")
            Duration resendAfter();

            /** Codes asked for by one client address per hour (a whole cybercafé shares one address). */
            @WithDefault("30")
            int perClientPerHour();
        }
    }

    Http http();

    interface Http {
        /** Largest request body but a photo upload's (which has Quarkus' own limit, quarkus.http.limits.max-body-size). */
        io.quarkus.runtime.configuration.MemorySize maxBodySize();
    }

    Photos photos();

    /** Where product photos are stored: this machine's file system, or an S3-compatible bucket. */
    interface Photos {
        /** {@code fs} (the default: served by the API) or {@code s3}. */
        String store();

        /** The file system store's folder. */
        String dir();

        S3 s3();

        interface S3 {
            /** An S3-compatible endpoint (MinIO, Ceph...); absent for AWS S3 itself. */
            Optional<String> endpoint();

            @WithDefault("us-east-1")
            String region();

            Optional<String> bucket();

            /** Absent: the SDK's default credentials (environment, instance profile...). */
            Optional<String> accessKey();

            Optional<String> secretKey();

            /** Path-style URLs ({@code endpoint/bucket/key}), as MinIO and Ceph expect. */
            @WithDefault("true")
            boolean pathStyle();

            /** Where clients fetch the photos (a CDN in front of the bucket); default: the bucket's own URL. */
            Optional<String> publicUrl();
        }
    }

    Mail mail();

    interface Mail {
        /** {@code log} (writes e-mails to the log, codes masked; the default) or the name of another Mailer bean. */
        @WithDefault("log")
        String gateway();

        /** Sender address of the platform's e-mails. */
        @WithDefault("no-reply@coopmarket.ma")
        String from();

        @WithDefault("6")
        int maxAttempts();
    }

    interface Admin {
        Optional<String> email();

        Optional<String> password();
    }

    interface RateLimit {
        int anonymousPerMinute();

        int userPerMinute();

        int partnerPerMinute();

        int authPerMinute();

        /** Where the shared buckets' keys start in Redis (when {@code quarkus.redis.hosts} is set). */
        String redisPrefix();
    }

    interface Bench {
        /** Serves the benchmark's in-memory ceiling endpoint; off except when bench/run starts the app. */
        @WithDefault("false")
        boolean enabled();
    }

    interface CountCache {
        /** Totals of at least this many rows may be reused; smaller ones are always counted. */
        @WithDefault("1000")
        long minimum();

        /** How long a large total is reused (it is recounted after half of it). */
        @WithDefault("PT60S")
        Duration ttl();
    }

    interface HttpCache {
        /** How long browsers and shared caches may keep an anonymous public read (catalogue, directory...). */
        @WithDefault("PT60S")
        Duration maxAge();
    }

    interface ReadCache {
        /** Keeps public catalogue reads (products by id, catalogue pages) until the catalogue changes. */
        @WithDefault("true")
        boolean enabled();

        /** How often other instances' catalogue changes are looked for (read by {@code @Scheduled}). */
        @WithDefault("1s")
        String pollInterval();

        /** How many products by id are kept. */
        @WithDefault("20000")
        long products();

        /** How many catalogue pages are kept. */
        @WithDefault("2000")
        long pages();
    }
}
