package ma.coopmarket.shared.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.jboss.logging.Logger;

import ma.coopmarket.shared.crypto.Hashes;
import ma.coopmarket.shared.error.Causes;
import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.error.RetryLaterException;
import ma.coopmarket.shared.error.UnprocessableException;

/**
 * Safe retries with an {@code Idempotency-Key} header (IETF httpapi idempotency-key draft,
 * Stripe's practice). The same key with the same body replays the first response and does no new
 * work; with another body it is a 422; while the first request runs it is a 409 to retry. Keys
 * are scoped to the caller and kept {@code coopmarket.idempotency.retention} (24 h). A
 * request that fails frees its key; if the database is gone at that moment, this instance frees it
 * as soon as the database answers again (within a second); a key whose instance died is held only for
 * {@code coopmarket.idempotency.lease}, after which a retry with the same body takes it over. A request whose commit failed in an unknown state never frees a key its
 * commit completed: the retry replays it. State lives in the database, so it holds across instances.
 */
@ApplicationScoped
public class IdempotencyService {

    private static final Logger LOG = Logger.getLogger(IdempotencyService.class);
    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    /** The response, and whether it is a replay of an earlier one. */
    public record Outcome<T>(T body, boolean replayed) {
    }

    /** Claims of failed requests that could not be freed: the database was gone. At most this many wait. */
    static final int MAX_UNRELEASED = 10_000;

    private record Claim(String id, String token) {
    }

    private final IdempotencyStore store;
    private final ObjectMapper json;
    private final IdempotencyConfig config;
    private final Queue<Claim> unreleased = new ConcurrentLinkedQueue<>();
    private final AtomicInteger unreleasedCount = new AtomicInteger();

    public IdempotencyService(IdempotencyStore store, ObjectMapper json, IdempotencyConfig config) {
        if (config.lease().toSeconds() < 2) {
            throw new IllegalArgumentException("coopmarket.idempotency.lease must be at least 2 s (the work's "
                    + "transaction times out at half of it)");
        }
        this.store = store;
        this.json = json;
        this.config = config;
    }

    /**
     * Runs {@code work} once per (caller, key). {@code work} runs in a new transaction in which
     * the stored response is also written, so an order and its key's record commit together.
     */
    public <T> Outcome<T> execute(String callerId, String key, Object request, int status, Class<T> type,
            Supplier<T> work) {
        if (key == null) {
            return new Outcome<>(QuarkusTransaction.requiringNew().call(work::get), false);
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new InvalidRequestException(HEADER, "must be 1 to 255 visible ASCII characters");
        }
        String id = Hashes.sha256Hex(callerId + "\n" + key);
        String requestHash = Hashes.sha256Hex(write(request));
        String token = UUID.randomUUID().toString();
        Optional<IdempotencyRecord> earlier = claim(id, callerId, key, requestHash, token);
        if (earlier.isPresent()) {
            IdempotencyRecord record = earlier.get();
            checkSameRequest(record, requestHash);
            Instant now = Instant.now();
            Duration lease = config.lease();
            if (!token.equals(record.claimToken)) { // (equal: our own claim, committed though reported failed)
                if (!record.leaseLapsed(now, lease)) {
                    return replay(record, type);
                }
                // The request that claimed the key died (its instance, or its database connection) before
                // it recorded anything: this retry takes the key over, unless another retry just did.
                if (!store.takeOver(id, requestHash, token, now, now.plus(lease), now.minus(lease.multipliedBy(2)))) {
                    throw inProgress();
                }
            }
        }
        try {
            return new Outcome<>(QuarkusTransaction.requiringNew().timeout(workTimeoutSeconds()).call(() -> {
                T body = work.get();
                if (!store.complete(id, token, status, write(body))) {
                    // This request outlived its lease and a retry took the key over: its work rolls back.
                    throw inProgress();
                }
                return body;
            }), false);
        } catch (RuntimeException e) {
            release(id, token, e);
            throw e;
        }
    }

    /**
     * Frees a failed request's claim. If the database is gone too, the claim waits in memory and is
     * freed once it answers again ({@link #releaseWaitingClaims}), so that the client's retry is not
     * refused for the whole lease (which remains the bound if this instance dies as well).
     */
    private void release(String id, String token, RuntimeException failure) {
        try {
            store.release(id, token);
        } catch (RuntimeException unreachable) {
            failure.addSuppressed(unreachable);
            releaseLater(id, token);
        }
    }

    /** Queues a claim to be freed by {@link #releaseWaitingClaims}; beyond {@link #MAX_UNRELEASED}, its lease frees it. */
    private void releaseLater(String id, String token) {
        if (unreleasedCount.incrementAndGet() <= MAX_UNRELEASED) {
            unreleased.add(new Claim(id, token));
        } else {
            unreleasedCount.decrementAndGet();
        }
    }

    /** Frees the claims that waited for the database, oldest first; stops at the first failure (still gone). */
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void releaseWaitingClaims() {
        int freed = 0;
        for (Claim claim = unreleased.peek(); claim != null; claim = unreleased.peek()) {
            try {
                store.release(claim.id(), claim.token());
            } catch (RuntimeException stillGone) {
                break;
            }
            unreleased.remove(claim);
            unreleasedCount.decrementAndGet();
            freed++;
        }
        if (freed > 0) {
            LOG.infof("Freed %d Idempotency-Key claim(s) of failed requests that waited for the database", freed);
        }
    }


    /** The work's transaction ends (commits or is rolled back) well within the key's lease. */
    private int workTimeoutSeconds() {
        return (int) Math.max(1, config.lease().toSeconds() / 2);
    }

    /** Claims the key; returns the record of an earlier request if there is one. */
    private Optional<IdempotencyRecord> claim(String id, String callerId, String key, String requestHash,
            String token) {
        Instant now = Instant.now();
        IdempotencyRecord record = new IdempotencyRecord();
        record.id = id;
        record.callerId = callerId;
        record.key = key;
        record.requestHash = requestHash;
        record.state = IdempotencyRecord.State.IN_PROGRESS;
        record.createdAt = now;
        record.expiresAt = now.plus(config.retention());
        record.leaseUntil = now.plus(config.lease());
        record.claimToken = token;
        try {
            store.claim(record);
            return Optional.empty();
        } catch (PersistenceException e) {
            if (!isDuplicateKey(e)) {
                // A lock timeout, a lost connection...: the mappers say what it is. The claim may have
                // committed though its answer was lost: free it later (only ours, only while in progress),
                // without making this answer wait for the database once more.
                releaseLater(id, token);
                throw e;
            }
            // Another request holds the key; read what it left. (It may have failed and freed the
            // key in between: the client then sees 409 and its retry will claim the key.)
            return Optional.of(store.read(id).orElseThrow(() -> inProgress()));
        } catch (RuntimeException e) {
            releaseLater(id, token); // the claim's commit failed: it may have happened all the same
            throw e;
        }
    }

    /** Whether the claim failed because the key's row exists (SQLState 23xxx), not for another reason. */
    private static boolean isDuplicateKey(Throwable e) {
        return Causes.anyMatch(e, t -> t instanceof org.hibernate.exception.ConstraintViolationException
                || t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                        && sql.getSQLState().startsWith("23"));
    }

    private static void checkSameRequest(IdempotencyRecord earlier, String requestHash) {
        if (!earlier.requestHash.equals(requestHash)) {
            throw new UnprocessableException("idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was used with a different request body; use a new key for a new request.",
                    null);
        }
    }

    private <T> Outcome<T> replay(IdempotencyRecord earlier, Class<T> type) {
        if (earlier.state != IdempotencyRecord.State.COMPLETED) {
            throw inProgress();
        }
        try {
            return new Outcome<>(json.readValue(earlier.responseBody, type), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent response is unreadable", e);
        }
    }

    private static RuntimeException inProgress() {
        return new RetryLaterException(409, "idempotency-key-in-progress", "Request in progress",
                "A request with this Idempotency-Key is still being processed; retry shortly.");
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise for idempotency", e);
        }
    }

    @Scheduled(every = "1h", delayed = "1m")
    void purgeExpired() {
        store.purgeExpired(Instant.now());
    }

    /** Forgets a caller's keys and the responses kept for them (the caller's account is being deleted). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetCaller(String callerId) {
        store.delete("callerId", callerId);
    }
}
