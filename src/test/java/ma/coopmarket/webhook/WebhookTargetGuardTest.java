package ma.coopmarket.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The SSRF guard with the production setting (no allowlist) and a fake DNS. */
class WebhookTargetGuardTest {

    private static final Map<String, String> DNS = Map.of(
            "hooks.partner.example", "203.0.113.10",
            "rebound.partner.example", "10.0.0.8",
            "metadata.partner.example", "169.254.169.254",
            "v6only.partner.example", "fd00::5");

    private final WebhookTargetGuard guard = new WebhookTargetGuard(List.of(), host -> {
        String address = DNS.get(host);
        if (address != null) {
            return new InetAddress[] { InetAddress.getByName(address) };
        }
        if (host.equals("localhost") || Character.isDigit(host.charAt(0)) || host.contains(":")) {
            return InetAddress.getAllByName(host);
        }
        throw new UnknownHostException(host);
    });

    @Test
    void acceptsHttpsOnPublicAddresses() {
        assertEquals(Optional.empty(), guard.refusal("https://hooks.partner.example/coopmarket"));
        assertEquals(Optional.empty(), guard.refusal("https://hooks.partner.example:8443/a?b=c"));
        assertEquals(Optional.empty(), guard.refusal("https://93.184.216.34/hook"));
        assertEquals(Optional.empty(), guard.refusal("https://[2001:4860:4860::8888]/hook"));
    }

    @Test
    void refusesNamesThatResolveToPrivateAddresses() {
        assertTrue(guard.refusal("https://rebound.partner.example/").orElseThrow().contains("10.0.0.8"));
        assertTrue(guard.refusal("https://metadata.partner.example/").isPresent());
        assertTrue(guard.refusal("https://v6only.partner.example/").isPresent());
        assertTrue(guard.refusal("https://localhost/").isPresent());
        assertTrue(guard.refusal("https://unknown.partner.example/").orElseThrow().contains("does not resolve"));
    }

    @Test
    void refusesEveryNonPublicAddressRange() {
        for (String host : List.of("127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.0.1", "172.31.255.255",
                "192.168.0.1", "169.254.169.254", "100.64.0.1", "100.127.255.254", "0.0.0.0", "0.1.2.3",
                "192.0.0.8", "198.18.0.1", "224.0.0.1", "240.0.0.1", "255.255.255.255", "[::1]", "[::]", "[fe80::1]",
                "[fc00::1]", "[fdff::1]", "[ff02::1]", "[::ffff:127.0.0.1]", "[::127.0.0.1]", "[64:ff9b::a00:1]",
                "2130706433", "017700000001")) {
            assertTrue(guard.refusal("https://" + host + "/hook").isPresent(), host);
        }
    }

    @Test
    void refusesUrlsThatAreNotPlainHttps() {
        assertTrue(guard.refusal("http://hooks.partner.example/").orElseThrow().contains("https"));
        assertTrue(guard.refusal("ftp://hooks.partner.example/").isPresent());
        assertTrue(guard.refusal("https://user:pass@hooks.partner.example/").isPresent());
        assertTrue(guard.refusal("https://hooks.partner.example/#frag").isPresent());
        assertTrue(guard.refusal("//hooks.partner.example/").isPresent());
        assertTrue(guard.refusal("https:///nohost").isPresent());
        assertTrue(guard.refusal("not a url").isPresent());
    }

    @Test
    void anAllowlistedHostIsExemptForTests() {
        WebhookTargetGuard relaxed = new WebhookTargetGuard(List.of("127.0.0.1"), InetAddress::getAllByName);
        assertEquals(Optional.empty(), relaxed.refusal("http://127.0.0.1:8123/hook"));
        assertTrue(relaxed.refusal("http://127.0.0.2:8123/hook").isPresent());
        assertTrue(relaxed.refusal("http://localhost:8123/hook").isPresent());
    }
}
