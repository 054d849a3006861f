package ma.coopmarket.partner;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.security.Permission;

/** A partner as admins see it, with its keys (never their secrets or hashes). */
@Schema(name = "Partner")
public record PartnerView(
        String id,
        @Schema(example = "Souk Digital") String name,
        List<Permission> permissions,
        List<String> cooperativeIds,
        List<ApiKeyView> keys,
        Instant createdAt) {

    /** What is known of a key after its creation: its public prefix and its use. */
    @Schema(name = "ApiKeyInfo")
    public record ApiKeyView(String id, @Schema(example = "3f9a1c07be42") String prefix, Instant createdAt,
            @Schema(description = "Absent until the key is first used.") Instant lastUsedAt, @Schema(description = "Absent unless revoked.") Instant revokedAt) {

        static ApiKeyView of(PartnerApiKey k) {
            return new ApiKeyView(k.id, k.prefix, k.createdAt, k.lastUsedAt, k.revokedAt);
        }
    }

    static PartnerView of(Partner p, List<PartnerApiKey> keys) {
        return new PartnerView(p.id, p.name, p.permissions.stream().map(Permission::valueOf).toList(),
                p.cooperativeIds.stream().sorted().toList(), keys.stream().map(ApiKeyView::of).toList(), p.createdAt);
    }
}
