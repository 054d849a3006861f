package ma.coopmarket.account;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.order.OrderView;
import ma.coopmarket.training.EnrollmentView;

/**
 * Everything the platform holds about one account (Law 09-08, right of access; portable JSON). The
 * password hash and the hashes of codes and tokens are not personal data the owner can use, and
 * are left out.
 */
@Schema(name = "AccountExport")
public record AccountExport(
        Instant exportedAt,
        AccountView profile,
        List<SavedAddressView> addresses,
        @Schema(description = "Every consent given or withdrawn, newest first.") List<ConsentView> consents,
        @Schema(description = "Sign-ins and refused sign-ins, newest first.") List<SignInView> signIns,
        @Schema(description = "The orders placed with this account, oldest first.") List<OrderView> orders,
        @Schema(description = "The training enrolments this account made, oldest first.")
        List<EnrollmentView> enrollments) {

    /** One sign-in, or one refused. */
    @Schema(name = "SignIn")
    public record SignInView(SignInEvent.Method method, boolean succeeded,
            @Schema(description = "The client address; absent when unknown.") String clientIp, Instant occurredAt) {

        static SignInView of(SignInEvent e) {
            return new SignInView(e.method, e.succeeded, e.clientIp, e.occurredAt);
        }
    }
}
