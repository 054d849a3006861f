package ma.coopmarket.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * SMS through the http gateway to {@link SmsInbox}, e-mail to {@link CapturingMailer}, and a short pause
 * between two codes to one phone (1 s instead of 60) so that a test may ask twice.
 */
public class CodesProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("coopmarket.sms.gateway", "http",
                "coopmarket.sms.http.url", SmsInbox.url(),
                "coopmarket.mail.gateway", "capture",
                "coopmarket.auth.codes.resend-after", "PT1S");
    }
}
