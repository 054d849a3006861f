package ma.coopmarket.account;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

import ma.coopmarket.security.RateLimitBuckets;
import ma.coopmarket.shared.persistence.Ids;
import ma.coopmarket.shared.text.Language;

/**
 * One-time codes: 6 random digits, valid a few minutes, a few tries, stored as a salted hash and
 * sent through the outbox. Limits: per client address, per destination (a pause between two codes
 * and a number per hour) and per code; they apply alike whether or not an account exists, so the
 * answers tell nobody which phones or addresses are registered. The budgets live where the rate
 * limits' do (Redis when configured, shared by every instance).
 */
@ApplicationScoped
public class CodeService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration HOUR = Duration.ofHours(1);

    private final OneTimeCodeRepository codes;
    private final RateLimitBuckets buckets;
    private final Event<OneTimeCodeIssued> issued;
    private final AuthConfig.Codes config;

    public CodeService(OneTimeCodeRepository codes, RateLimitBuckets buckets, Event<OneTimeCodeIssued> issued,
            AuthConfig config) {
        this.codes = codes;
        this.buckets = buckets;
        this.issued = issued;
        this.config = config.codes();
    }

    /** What to send, and where; {@code accountId} for the codes a signed-in person asks for. */
    public record Request(CodePurpose purpose, OneTimeCodeIssued.Channel channel, String destination,
            String accountId, Language language) {
    }

    /**
     * Spends the client's and the destination's budgets, then sends a new code (spending the older
     * ones for the same purpose) if {@code send}; the answer is the same either way.
     */
    @Transactional
    public CodeSent issue(Request request, String client, boolean send) {
        buckets.spend("codes:client:" + client, config.perClientPerHour(), HOUR, "too-many-codes", "Too many codes",
                "Too many codes were asked for from this address; retry later.");
        buckets.spend("codes:pause:" + request.destination(), 1, config.resendAfter(), "code-sent-recently",
                "Code sent recently", "A code was just sent to this phone or address; wait before asking for another.");
        buckets.spend("codes:hour:" + request.destination(), config.perDestinationPerHour(), HOUR, "too-many-codes",
                "Too many codes", "Too many codes were sent to this phone or address; retry later.");
        if (send) {
            Instant now = Instant.now();
            codes.spendAll(request.destination(), request.purpose(), request.accountId(), now);
            String code = String.format("%06d", RANDOM.nextInt(1_000_000));
            OneTimeCode row = new OneTimeCode();
            row.id = Ids.newId();
            row.purpose = request.purpose();
            row.destination = request.destination();
            row.accountId = request.accountId();
            row.codeHash = OneTimeCode.hash(row.id, code);
            row.createdAt = now;
            row.expiresAt = now.plus(config.ttl());
            codes.persist(row);
            issued.fire(new OneTimeCodeIssued(request.channel(), request.destination(), request.purpose(), code,
                    request.language(), config.ttl().toMinutes()));
        }
        return new CodeSent(config.ttl().toSeconds(), config.resendAfter().toSeconds());
    }

    /**
     * The usable code for this destination and purpose if {@code code} is it (the caller spends it with
     * {@link #spend(OneTimeCode)} once its work is done, in the same transaction). A wrong code counts
     * a try and is an {@link InvalidCodeException}; callers let that exception commit
     * ({@code dontRollbackOn}) so that the try stays counted. Tries beyond the limit get 429, for
     * known and unknown destinations alike.
     */
    @Transactional(dontRollbackOn = InvalidCodeException.class)
    public OneTimeCode check(CodePurpose purpose, String destination, String code) {
        return check(purpose, destination, null, code);
    }

    /** {@link #check(CodePurpose, String, String)} for a code that the signed-in {@code accountId} asked for. */
    @Transactional(dontRollbackOn = InvalidCodeException.class)
    public OneTimeCode check(CodePurpose purpose, String destination, String accountId, String code) {
        buckets.spend("codes:try:" + purpose + ":" + destination + (accountId == null ? "" : ":" + accountId),
                config.maxAttempts(), config.ttl(), "too-many-attempts",
                "Too many attempts", "Too many wrong codes for this phone or address; ask for a new code later.");
        Instant now = Instant.now();
        OneTimeCode row = codes.findUsableForUpdate(destination, purpose, accountId, now)
                .orElseThrow(InvalidCodeException::new);
        if (!row.matches(code)) {
            row.wrongTry(config.maxAttempts(), now);
            throw new InvalidCodeException();
        }
        return row;
    }

    /** Marks a right code used: it cannot serve again. */
    public void spend(OneTimeCode code) {
        code.usedAt = Instant.now();
    }

    /** Forgets an account's codes, and those sent to its phone and address (its deletion). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String accountId, List<String> destinations) {
        codes.deleteOfAccount(accountId);
        destinations.forEach(codes::deleteSentTo);
    }

    /** Expired codes are of no use: their hashes go after a day. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        codes.deleteExpired(Instant.now().minus(Duration.ofDays(1)));
    }
}
