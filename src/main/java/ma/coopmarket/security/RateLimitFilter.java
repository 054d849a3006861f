package ma.coopmarket.security;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import ma.coopmarket.shared.error.Problem;
import ma.coopmarket.shared.error.TooManyRequestsException;
import ma.coopmarket.shared.web.ClientAddress;

/**
 * Per-client request budgets (token buckets, Bucket4j): per API key, per user, per IP address
 * for anonymous calls, and a strict per-IP budget on sign-in and registration against brute
 * force, which failed credentials (a guessed API key or token) spend too. Every answer carries
 * {@code RateLimit-*} headers; a refusal is a 429 problem with
 * {@code Retry-After}. The buckets live in Redis when one is configured, so that instances share
 * each budget, or in this instance's memory ({@link RateLimitBuckets}).
 */
public class RateLimitFilter {

    private static final String PROBE = RateLimitFilter.class.getName() + ".probe";
    private static final String LIMIT = RateLimitFilter.class.getName() + ".limit";
    /**
     * Sign-in and registration, recognised on the path as routing sees it (decoded, dot segments
     * removed, already computed by Vert.x), so that no spelling of it escapes the strict budget.
     */
    private static final String AUTH_PATH = "/api/v1/auth/";
    /** The response filter's answer when it has nothing to wait for (most responses): one instance, reused. */
    private static final Uni<Void> DONE = Uni.createFrom().voidItem();

    private final RateLimitBuckets buckets;
    private final SecurityIdentity identity;
    private final RateLimitConfig limits;

    public RateLimitFilter(RateLimitBuckets buckets, SecurityIdentity identity, RateLimitConfig config) {
        this.buckets = buckets;
        this.identity = identity;
        this.limits = config;
    }

    @ServerRequestFilter
    public void limit(ContainerRequestContext request, HttpServerRequest http, RoutingContext routing) {
        String ip = ClientAddress.of(http);
        String client;
        int perMinute;
        if (routing.normalizedPath().startsWith(AUTH_PATH)) {
            client = "auth:" + ip;
            perMinute = limits.authPerMinute();
        } else if (!carriesCredentials(http) || anonymousOrRefused(request, http, ip)) {
            client = "ip:" + ip;
            perMinute = limits.anonymousPerMinute();
        } else if (identity.hasRole(Roles.PARTNER)) {
            client = "partner:" + identity.getPrincipal().getName();
            perMinute = limits.partnerPerMinute();
        } else {
            client = "user:" + identity.getPrincipal().getName();
            perMinute = limits.userPerMinute();
        }
        consume(request, client, perMinute);
    }

    /** Takes one token from the client's bucket (its headers follow the response); 429 when none is left. */
    private void consume(ContainerRequestContext request, String client, int perMinute) {
        ConsumptionProbe probe = buckets.tryConsume(client, perMinute);
        request.setProperty(PROBE, probe);
        request.setProperty(LIMIT, perMinute);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException(Math.max(1, secondsUntil(probe.getNanosToWaitForRefill())), perMinute);
        }
    }

    /**
     * Whether the caller is anonymous. Credentials that fail (a guessed key, a forged or revoked
     * token) spend the strict sign-in budget of the address, and of the key's prefix for an API key,
     * before their 401: guessing keys or tokens ends in 429s like guessing passwords.
     */
    private boolean anonymousOrRefused(ContainerRequestContext request, HttpServerRequest http, String ip) {
        try {
            return identity.isAnonymous();
        } catch (AuthenticationFailedException refused) {
            String key = http.getHeader(PartnerPrincipal.API_KEY_HEADER);
            if (key != null) {
                int cut = key.lastIndexOf('_');
                consume(request, "failed-key:" + (cut > 0 ? key.substring(0, cut) : key), limits.authPerMinute());
            }
            consume(request, "failed:" + ip, limits.authPerMinute());
            throw refused;
        }
    }

    /**
     * Runs before the other response filters (a response filter of higher priority runs first), so that a
     * 429 it makes of an unmatched path is translated by {@code ProblemLanguage} like any problem.
     */
    @ServerResponseFilter(priority = Priorities.USER + 100)
    public Uni<Void> headers(ContainerRequestContext request, ContainerResponseContext response,
            HttpServerRequest http) {
        if (request.getProperty(PROBE) instanceof ConsumptionProbe probe) {
            putHeaders(response, probe, (Integer) request.getProperty(LIMIT));
            return DONE;
        }
        if (response.getStatus() != 404 && response.getStatus() != 405) {
            return DONE;
        }
        // A path (404) or a method (405) that matched no operation never reached limit(): it spends the address's anonymous
        // budget here (without authenticating: no operation needs it), off the event loop, as the
        // buckets may live in Redis; with the budget spent, the answer is the 429.
        int perMinute = limits.anonymousPerMinute();
        return Uni.createFrom().item(() -> buckets.tryConsume("ip:" + ClientAddress.of(http), perMinute))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .invoke(probe -> {
                    putHeaders(response, probe, perMinute);
                    if (!probe.isConsumed()) {
                        TooManyRequestsException refused = new TooManyRequestsException(
                                Math.max(1, secondsUntil(probe.getNanosToWaitForRefill())), perMinute);
                        refused.headers().forEach(response.getHeaders()::putSingle);
                        response.setStatus(429);
                        response.setEntity(Problem.of(429, refused.slug(), refused.title(), refused.getMessage(),
                                http.path(), null), null, MediaType.valueOf(Problem.MEDIA_TYPE));
                    }
                })
                .replaceWithVoid();
    }

    private static void putHeaders(ContainerResponseContext response, ConsumptionProbe probe, int limit) {
        response.getHeaders().putSingle("RateLimit-Limit", limit);
        response.getHeaders().putSingle("RateLimit-Remaining", probe.getRemainingTokens());
        long reset = probe.isConsumed() ? secondsUntil(probe.getNanosToWaitForReset())
                : secondsUntil(probe.getNanosToWaitForRefill());
        response.getHeaders().putSingle("RateLimit-Reset", reset);
    }

    /**
     * Whether the request carries a bearer token or an API key: without either it is anonymous, and
     * the security identity (resolved lazily, quarkus.http.auth.proactive=false) need not be built.
     */
    private static boolean carriesCredentials(HttpServerRequest http) {
        return http.getHeader(HttpHeaders.AUTHORIZATION) != null
                || http.getHeader(PartnerPrincipal.API_KEY_HEADER) != null;
    }

    private static long secondsUntil(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
