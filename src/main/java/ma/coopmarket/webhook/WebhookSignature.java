package ma.coopmarket.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook deliveries: {@code v1=} and the hex HMAC-SHA256, keyed with the endpoint's secret,
 * of the timestamp (Unix seconds, as in the {@code CoopMarket-Timestamp} header), a dot and the
 * exact bytes of the body. The receiver recomputes it the same way (see the README).
 */
public final class WebhookSignature {

    public static final String EVENT_ID_HEADER = "CoopMarket-Event-Id";
    public static final String EVENT_TYPE_HEADER = "CoopMarket-Event-Type";
    public static final String TIMESTAMP_HEADER = "CoopMarket-Timestamp";
    public static final String SIGNATURE_HEADER = "CoopMarket-Signature";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
