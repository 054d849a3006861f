package ma.coopmarket.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


/**
 * The SSRF guard: a webhook URL must be https and every address its host resolves to must be a
 * public one; loopback, private (RFC 1918, unique local), link-local (which holds cloud metadata
 * services), carrier-grade NAT, multicast, unspecified and reserved addresses are refused. It is
 * checked when an endpoint is registered and again before each delivery (DNS may change), and
 * redirects are never followed. Hosts in {@code coopmarket.webhooks.private-target-allowlist}
 * are exempt (tests and local development only).
 */
@ApplicationScoped
public class WebhookTargetGuard {

    /** Resolves a host name to its addresses. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowlist;
    private final Resolver resolver;

    @Inject
    public WebhookTargetGuard(WebhookConfig config) {
        this(config.privateTargetAllowlist().orElse(List.of()), InetAddress::getAllByName);
    }

    public WebhookTargetGuard(List<String> allowlist, Resolver resolver) {
        this.allowlist = allowlist.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.resolver = resolver;
    }

    /** Why this URL may not receive webhooks, or empty if it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        String host = uri.getHost();
        if (!uri.isAbsolute() || host == null || uri.getRawAuthority() == null) {
            return Optional.of("must be an absolute https URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        boolean exempt = allowlist.contains(bareHost.toLowerCase(Locale.ROOT));
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(exempt && scheme.equals("http"))) {
            return Optional.of("must use https");
        }
        if (exempt) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bareHost);
        } catch (UnknownHostException e) {
            return Optional.of("host '" + bareHost + "' does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("host '" + bareHost + "' resolves to " + address.getHostAddress()
                        + ", a private, loopback, link-local or reserved address");
            }
        }
        return Optional.empty();
    }

    /** Whether an address is routable on the public internet. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address v6) {
            if ((b[0] & 0xfe) == 0xfc) { // fc00::/7 unique local
                return false;
            }
            if (v6.isIPv4CompatibleAddress() || isNat64(b)) { // an IPv4 address in disguise
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isNat64(byte[] b) {
        // 64:ff9b::/96
        if (b[0] != 0 || b[1] != 0x64 || (b[2] & 0xff) != 0xff || (b[3] & 0xff) != 0x9b) {
            return false;
        }
        for (int i = 4; i < 12; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
