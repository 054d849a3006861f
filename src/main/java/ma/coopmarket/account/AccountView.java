package ma.coopmarket.account;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.shared.text.Language;

/** An account as its owner (or an admin) sees it. Never carries the password hash. */
@Schema(name = "Account")
public record AccountView(
        @Schema(example = "0192f3a4-9e3f-7b2c-8d4e-6f708192a3b4") String id,
        @Schema(description = "Absent for an account opened by phone.", example = "fatima.zahra@example.ma") String email,
        @Schema(description = "Absent when not given.", example = "+212612345678") String phone,
        @Schema(description = "Whether the phone was proved with a code (sign-in by SMS uses it).") boolean phoneVerified,
        @Schema(description = "Whether the e-mail address was proved with a code.") boolean emailVerified,
        @Schema(description = "Whether the account has a password (an account opened by phone may have none).")
        boolean hasPassword,
        @Schema(example = "Fatima Zahra El Amrani") String fullName,
        AccountRole role,
        Language preferredLanguage,
        @Schema(description = "For managers: the cooperatives they manage.") List<String> cooperativeIds,
        Instant createdAt) {

    static AccountView of(UserAccount a) {
        return new AccountView(a.id, a.email, a.phone, a.phone != null && a.phone.equals(a.verifiedPhone),
                a.emailVerifiedAt != null, a.passwordHash != null, a.fullName, a.role, a.preferredLanguage,
                a.cooperativeIds.stream().sorted().toList(), a.createdAt);
    }
}
