package ma.coopmarket.sms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.scheduler.Scheduled;

import ma.coopmarket.shared.crypto.Hashes;
import ma.coopmarket.shared.error.UnauthenticatedException;

/**
 * Checks the gateway's signature on webhook calls: {@code X-Sms-Signature} is the hex
 * HMAC-SHA256, with the shared secret, of {@code timestamp + "." + body}, and
 * {@code X-Sms-Timestamp} (Unix seconds) must be within the tolerance of now. Each signature is
 * accepted once; a replay is refused. Unsigned, stale or replayed calls are 401.
 */
@ApplicationScoped
public class SmsWebhookVerifier implements PanacheRepositoryBase<SmsWebhookReceipt, String> {

    public static final String SIGNATURE_HEADER = "X-Sms-Signature";
    public static final String TIMESTAMP_HEADER = "X-Sms-Timestamp";

    private final SmsConfig config;

    public SmsWebhookVerifier(SmsConfig config) {
        this.config = config;
    }

    public void verify(String timestamp, String signature, String body) {
        String secret = config.webhookSecret().orElseThrow(() -> refused("no webhook secret is configured"));
        if (timestamp == null || signature == null) {
            throw refused("the call is not signed");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw refused("the timestamp is not Unix seconds");
        }
        if (Math.abs(Instant.now().getEpochSecond() - seconds) > config.webhookTolerance().toSeconds()) {
            throw refused("the call is too old or from the future");
        }
        String expected = sign(secret, timestamp.strip() + "." + body);
        if (!Hashes.same(expected, signature.strip().toLowerCase())) {
            throw refused("the signature does not match");
        }
        try {
            remember(expected);
        } catch (PersistenceException replay) {
            throw refused("this call was already received");
        }
    }

    public static String sign(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void remember(String signature) {
        SmsWebhookReceipt receipt = new SmsWebhookReceipt();
        receipt.signature = signature;
        receipt.receivedAt = Instant.now();
        persist(receipt);
        flush();
    }

    /** Receipts older than the tolerance can go: such calls are refused as stale anyway. */
    @Scheduled(every = "10m", delayed = "1m")
    @Transactional
    void purge() {
        delete("receivedAt < ?1", Instant.now().minus(config.webhookTolerance()).minus(config.webhookTolerance()));
    }

    private static UnauthenticatedException refused(String why) {
        return new UnauthenticatedException("invalid-webhook-signature", "Webhook call refused: " + why + ".");
    }
}
