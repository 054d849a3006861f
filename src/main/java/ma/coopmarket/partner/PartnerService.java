package ma.coopmarket.partner;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ma.coopmarket.cooperative.CooperativeService;
import ma.coopmarket.security.PartnerPrincipal;
import ma.coopmarket.security.Permission;
import ma.coopmarket.shared.crypto.Hashes;
import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.error.NotFoundException;
import ma.coopmarket.shared.persistence.Ids;

/** Partner platforms, their scope and their API keys. */
@ApplicationScoped
public class PartnerService {

    static final String KEY_PREFIX = "cmk_";
    /** last_used_at is written at most this often per key, not on every request. */
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    private final PartnerRepository partners;
    private final PartnerApiKeyRepository keys;
    private final CooperativeService cooperatives;

    public PartnerService(PartnerRepository partners, PartnerApiKeyRepository keys, CooperativeService cooperatives) {
        this.partners = partners;
        this.keys = keys;
        this.cooperatives = cooperatives;
    }

    @Transactional
    public PartnerView create(PartnerFields fields) {
        Partner partner = new Partner();
        apply(partner, fields);
        partners.persist(partner);
        return PartnerView.of(partner, List.of());
    }

    @Transactional
    public PartnerView update(String id, PartnerFields fields) {
        Partner partner = require(id);
        apply(partner, fields);
        partners.flush();
        return PartnerView.of(partner, keys.ofPartner(id));
    }

    public PartnerView get(String id) {
        return PartnerView.of(require(id), keys.ofPartner(id));
    }

    /** A new key; to rotate, create a new key, switch the client to it, then revoke the old one. */
    @Transactional
    public NewApiKey createKey(String partnerId) {
        require(partnerId);
        String prefix = HexFormat.of().formatHex(randomBytes(6));
        String key = KEY_PREFIX + prefix + "_" + Hashes.randomToken(32);
        PartnerApiKey row = new PartnerApiKey();
        row.id = Ids.newId();
        row.partnerId = partnerId;
        row.prefix = prefix;
        row.keyHash = Hashes.sha256Hex(key);
        row.createdAt = Instant.now();
        keys.persist(row);
        return new NewApiKey(row.id, prefix, key, row.createdAt);
    }

    @Transactional
    public void revokeKey(String partnerId, String keyId) {
        PartnerApiKey key = keys.findByIdOptional(keyId).filter(k -> k.partnerId.equals(partnerId))
                .orElseThrow(() -> new NotFoundException("API key", keyId));
        if (key.revokedAt == null) {
            key.revokedAt = Instant.now();
        }
    }

    /** The partner behind a presented key, if the key is well formed, known and not revoked. */
    @Transactional
    public Optional<PartnerPrincipal> authenticate(String presented) {
        if (presented == null || !presented.startsWith(KEY_PREFIX) || presented.length() < KEY_PREFIX.length() + 14
                || presented.length() > 100) {
            return Optional.empty();
        }
        String prefix = presented.substring(KEY_PREFIX.length(), KEY_PREFIX.length() + 12);
        Optional<PartnerApiKey> found = keys.findByPrefix(prefix)
                .filter(k -> Hashes.same(k.keyHash, Hashes.sha256Hex(presented)))
                .filter(k -> k.revokedAt == null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PartnerApiKey key = found.get();
        Instant now = Instant.now();
        if (key.lastUsedAt == null || key.lastUsedAt.isBefore(now.minus(LAST_USED_GRANULARITY))) {
            key.lastUsedAt = now;
        }
        return Optional.of(principal(require(key.partnerId)));
    }

    /** The partners whose scope includes this cooperative, with their permissions (for event notifications). */
    public List<PartnerPrincipal> withCooperative(String cooperativeId) {
        return partners.withCooperative(cooperativeId).stream().map(PartnerService::principal).toList();
    }

    private static PartnerPrincipal principal(Partner partner) {
        return new PartnerPrincipal(partner.id,
                partner.permissions.stream().map(Permission::valueOf).collect(Collectors.toUnmodifiableSet()),
                Set.copyOf(partner.cooperativeIds));
    }

    private Partner require(String id) {
        return partners.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Partner", id));
    }

    private void apply(Partner partner, PartnerFields fields) {
        Set<String> scope = new HashSet<>();
        for (int i = 0; i < fields.cooperativeIds().size(); i++) {
            String id = fields.cooperativeIds().get(i);
            if (!cooperatives.exists(id)) {
                throw new InvalidRequestException("cooperativeIds[" + i + "]", "unknown cooperative '" + id + "'");
            }
            scope.add(id);
        }
        partner.name = fields.name().strip();
        partner.permissions = fields.permissions().stream().distinct().map(Enum::name).sorted().toList();
        partner.cooperativeIds.clear();
        partner.cooperativeIds.addAll(scope);
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
